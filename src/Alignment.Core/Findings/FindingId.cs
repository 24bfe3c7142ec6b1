using System.Security.Cryptography;
using System.Text;

namespace Alignment.Core.Findings;

/// <summary>
/// A finding's id: a hash of what identifies it to a reviewer (document, check, found, expected and the aligned
/// sentences), not of offsets or bead numbers, so it survives unrelated edits elsewhere in the story.
/// </summary>
public static class FindingId
{
    public static string Compute(Finding f)
    {
        var key = string.Join('\u001F', f.Document.Replace('\\', '/'), f.Check, f.Found, f.Expected, f.SourceText, f.TargetText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    public static Finding WithId(this Finding f) => f with { Id = Compute(f) };

    /// <summary>
    /// Ids for a story's findings; the second of two findings alike in every hashed field (a dateline left in
    /// Hangul twice) gets "-2", so ids stay unique and still stable while the story keeps its order.
    /// </summary>
    public static IEnumerable<Finding> WithIds(IEnumerable<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var id = Compute(finding);
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            yield return finding with { Id = count == 1 ? id : $"{id}-{count}" };
        }
    }
}
