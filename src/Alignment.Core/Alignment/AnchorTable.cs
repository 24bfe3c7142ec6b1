using System.Runtime.CompilerServices;
namespace Alignment.Core.Alignment;

/// <summary>Interns anchor keys ("n:10000", "l:ICBM", "g:12") to small ints for one document pair.</summary>
internal sealed class AnchorTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    /// <summary>The id of a key the source side already has; the target side only looks up what could match.</summary>
    public bool TryId(string key, out int id) => ids.TryGetValue(key, out id);

    /// <summary>
    /// The same look-up for a key given as prefix and body, upper-cased when asked, without building a string:
    /// the target side looks up every English word, and almost none is there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryId(ReadOnlySpan<char> prefix, ReadOnlySpan<char> body, bool upper, out int id)
    {
        var length = prefix.Length + body.Length;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(key);
        if (upper)
        {
            body.ToUpperInvariant(key[prefix.Length..]);
        }
        else
        {
            body.CopyTo(key[prefix.Length..]);
        }

        return ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out id);
    }

    /// <summary>The id of a key given as prefix and body; the key string is built only the first time it is seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Id(ReadOnlySpan<char> prefix, ReadOnlySpan<char> body)
    {
        var length = prefix.Length + body.Length;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(key);
        body.CopyTo(key[prefix.Length..]);
        if (ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var id))
        {
            return id;
        }

        id = ids.Count;
        ids.Add(key.ToString(), id);
        return id;
    }

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
