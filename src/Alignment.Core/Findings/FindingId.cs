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
}
