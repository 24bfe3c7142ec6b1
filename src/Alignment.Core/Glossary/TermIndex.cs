using System.Text.RegularExpressions;
using Alignment.Core.Languages;

namespace Alignment.Core.Glossary;

/// <summary>
/// One kind of term (sources, targets or forbidden) of every entry, indexed by its probe (lower-cased), so that a
/// text is walked once for all terms instead of once per term: at each word start one look-up per probe length
/// finds the terms whose probe starts there. The hits are those each term's own search finds, in the same order.
/// </summary>
internal sealed class TermIndex
{
    private readonly (int Entry, TermPattern Pattern)[] patterns;
    // Probes are at most a few characters (three for English, a word for Korean): one dictionary per length.
    private readonly (int Length, Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Terms)[] byProbe;

    // For each letter a probe starts with, the dictionaries (by index) holding such probes: most word starts begin
    // no probe at all, and the rest need only the lengths their letter's probes have.
    private readonly Dictionary<char, int[]> byFirstLetter;
    private readonly int[] unprobed;

    public TermIndex(IReadOnlyList<CompiledEntry> entries, Func<CompiledEntry, IReadOnlyList<TermPattern>> terms)
    {
        patterns = entries.SelectMany((e, i) => terms(e).Select(p => (i, p))).ToArray();
        var ordinals = Enumerable.Range(0, patterns.Length).ToArray();
        unprobed = ordinals.Where(o => patterns[o].Pattern.Probe.Length == 0).ToArray();
        byProbe = ordinals.Where(o => patterns[o].Pattern.Probe.Length > 0)
            .GroupBy(o => patterns[o].Pattern.Probe.Length)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.GroupBy(o => patterns[o].Pattern.Probe.ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => p.ToArray(), StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>()))
            .ToArray();
        var lengths = byProbe.Select(b => b.Length).ToList();
        byFirstLetter = ordinals.Where(o => patterns[o].Pattern.Probe.Length > 0)
            .GroupBy(o => char.ToLowerInvariant(patterns[o].Pattern.Probe[0]))
            .ToDictionary(g => g.Key, g => g.Select(o => lengths.IndexOf(patterns[o].Pattern.Probe.Length)).Distinct().Order().ToArray());
    }

    public List<TermHit> Find(string text)
    {
        // Lower-casing keeps every character where it was, so one index serves both texts.
        var lowered = text.ToLowerInvariant();
        var found = new List<(int Ordinal, TermHit Hit)>();
        foreach (var o in unprobed)
        {
            found.AddRange(patterns[o].Pattern.Matches(text, lowered).Select(m => (o, Hit(o, m))));
        }

        // A term's matches do not overlap each other: its search resumes after the end of its last match.
        var resume = new int[patterns.Length];
        for (var position = 0; position < text.Length; position++)
        {
            // A term starts a word: inside a word ("un" of "under") there is nothing to try.
            if ((position > 0 && char.IsLetterOrDigit(text[position - 1])) || !byFirstLetter.TryGetValue(lowered[position], out var probes))
            {
                continue;
            }

            foreach (var index in probes)
            {
                var (length, terms) = byProbe[index];
                if (position + length > text.Length || !terms.TryGetValue(lowered.AsSpan(position, length), out var candidates))
                {
                    continue;
                }

                foreach (var o in candidates)
                {
                    var pattern = patterns[o].Pattern;
                    if (position < resume[o] || (!pattern.IgnoreCase && !text.AsSpan(position).StartsWith(pattern.Probe, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    if (pattern.MatchAt(text, position) is { } m)
                    {
                        found.Add((o, Hit(o, m)));
                        resume[o] = m.Index + Math.Max(1, m.Length);
                    }
                }
            }
        }

        // Term by term, then by position: the order the terms' own searches give, which the caller's sort starts from.
        found.Sort((a, b) => a.Ordinal != b.Ordinal ? a.Ordinal.CompareTo(b.Ordinal) : a.Hit.Start.CompareTo(b.Hit.Start));
        return found.Select(f => f.Hit).ToList();
    }

    private TermHit Hit(int ordinal, Match m) => TermHit.Of(patterns[ordinal].Entry, patterns[ordinal].Pattern, m);
}
