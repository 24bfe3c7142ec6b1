using System.Globalization;
using System.Text;

namespace Alignment.Cli;

/// <summary>
/// <c>--shard K/N</c>: the K-th (1-based) of N deterministic parts of a corpus, for CI matrices. A story's part is a
/// stable hash (FNV-1a) of its document name, so it stays in the same part when other stories come and go, on
/// every machine and .NET version (string.GetHashCode is randomised per process).
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n)
        {
            return new Shard(k, n);
        }

        throw new ArgumentException($"--shard '{text}' is not K/N with 1 <= K <= N (for example 2/4)");
    }

    public bool Includes(string document) => (int)(Hash(document.Replace('\\', '/')) % (ulong)Count) == Index - 1;

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
