using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// Whether the English says a Korean 1 that has no figure in it. 1년 전 is "a year ago" and 1명 is "a man", so a
/// lone 1 is mostly there in an article; but 1시간 and 1%포인트 need their unit word too, and "cut by 0.4 percentage
/// point" does not say 최대 1%포인트. The counters and their words are data: Korean/one-counters.txt.
/// </summary>
internal static class OneCounters
{
    private static readonly (string Counter, Regex? Said)[] Counters = [.. Languages.DataFile.ReadLines("Korean/one-counters.txt")
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
        .Select(parts => (parts[0], parts.Length > 1 ? Pattern(parts[1..]) : null))
        .OrderByDescending(c => c.Item1.Length)];

    /// <summary>Whether a Korean 1 (the source from the figure on) is said in the English.</summary>
    public static bool Said(ReadOnlySpan<char> korean, string english)
    {
        var unit = korean.TrimStart("0123456789.,");
        foreach (var (counter, said) in Counters)
        {
            if (unit.StartsWith(counter, StringComparison.Ordinal))
            {
                return said?.IsMatch(english) ?? true;
            }
        }

        return true;
    }

    private static Regex Pattern(string[] words)
    {
        var withArticle = words.Where(w => !w.StartsWith('=')).Select(Regex.Escape).ToList();
        var alone = words.Where(w => w.StartsWith('=')).Select(w => Regex.Escape(w[1..])).ToList();
        var options = new List<string>();
        if (withArticle.Count > 0)
        {
            options.Add($@"\b(?:a|an|per|each|every)\s+(?:[a-z-]+\s+){{0,2}}(?:{string.Join("|", withArticle)})");
        }

        if (alone.Count > 0)
        {
            options.Add($@"\b(?:{string.Join("|", alone)})\b");
        }

        return new Regex(string.Join("|", options), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
