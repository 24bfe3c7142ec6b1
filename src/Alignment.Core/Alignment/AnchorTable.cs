namespace Alignment.Core.Alignment;

/// <summary>Interns anchor keys ("n:10000", "l:ICBM", "g:12") to small ints for one document pair.</summary>
internal sealed class AnchorTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    /// <summary>The id of a key the source side already has; the target side only looks up what could match.</summary>
    public bool TryId(string key, out int id) => ids.TryGetValue(key, out id);

    public int Id(string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids.Add(key, id);
        }

        return id;
    }
}
