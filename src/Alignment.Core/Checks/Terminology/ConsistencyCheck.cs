using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.consistency: a glossary term rendered one way, then another way the glossary does not list, within
/// a story: 통일부 first as "Ministry of Unification", then as "Unification Department". The second rendering is
/// reported with the first as the fix. Listed alternatives (Foreign Ministry after Ministry of Foreign Affairs) are
/// house style, not inconsistency.
/// </summary>
public sealed class ConsistencyCheck : ICheck
{
    public string Id => "terminology.consistency";

    public string Description => "A term of the source is rendered in different ways within one story.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var first = new Dictionary<int, (int Bead, int Start, int End, string Text, bool Listed)>();
        foreach (var (index, _, entryIndex, start, end, text, listed) in Renderings(context))
        {
            if (!first.TryGetValue(entryIndex, out var baseline))
            {
                first[entryIndex] = (index, start, end, text, listed);
                continue;
            }

            if (!RenderingPhrase.Differs(text, baseline.Text))
            {
                continue;
            }

            if (!listed && baseline.Listed)
            {
                yield return Report(context, index, start, end, text, baseline.Text, "earlier in the story");
            }
            else if (listed && !baseline.Listed)
            {
                // The unlisted rendering came first: it is the odd one out, and the listed one later is the fix.
                yield return Report(context, baseline.Bead, baseline.Start, baseline.End, baseline.Text, text, "later in the story");
                first[entryIndex] = (index, start, end, text, listed);
            }
        }
    }

    /// <summary>
    /// Across the stories of one run, in input order: a story whose own first rendering of a term is one the
    /// glossary does not list, where an earlier story used a listed one. <paramref name="run"/> carries the first
    /// listed rendering of each glossary entry from story to story.
    /// </summary>
    public IEnumerable<Finding> AcrossStories(DocumentContext context, Dictionary<int, (string Text, string Document)> run)
    {
        var seen = new HashSet<int>();
        var findings = new List<Finding>();
        foreach (var (index, _, entryIndex, start, end, text, listed) in Renderings(context))
        {
            if (!seen.Add(entryIndex))
            {
                continue;
            }

            if (!listed && run.TryGetValue(entryIndex, out var earlier) && earlier.Document != context.Document && RenderingPhrase.Differs(text, earlier.Text))
            {
                findings.Add(Report(context, index, start, end, text, earlier.Text, $"in {earlier.Document}"));
            }
            else if (listed)
            {
                run.TryAdd(entryIndex, (text, context.Document));
            }
        }

        return findings;
    }

    private Finding Report(DocumentContext context, int bead, int start, int end, string text, string baseline, string where)
    {
        var sentence = context.TargetSentenceAt(start)!;
        return context.NewFinding(bead, Id, Severity.Minor, $"'{text}' renders the same term as '{baseline}' {where}; keep one rendering.") with
        {
            TargetStart = start,
            TargetEnd = end,
            Found = text,
            Expected = baseline,
            Suggestion = DocumentContext.Replace(sentence, start, end, baseline),
        };
    }

    // Each glossary rendering of the English, widened to the whole name it sits in, in document order.
    private static IEnumerable<(int Bead, Alignment.Bead Pair, int Entry, int Start, int End, string Text, bool Listed)> Renderings(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var entries = context.InSource(context.SourceTerms, bead).GroupBy(h => h.Entry).ToDictionary(g => g.Key, g => g.Count());
            var renderings = new List<(int Bead, Alignment.Bead Pair, int Entry, int Start, int End, string Text, bool Listed)>();
            foreach (var hit in context.InTarget(context.TargetTerms, bead).Where(h => entries.ContainsKey(h.Entry)))
            {
                var entry = context.Glossary.Entries[hit.Entry].Entry;
                var (start, end) = RenderingPhrase.Expand(context.Target.Text, hit.Start, hit.End, entry.Targets);
                var text = context.Target.Text[start..end];

                // Names are what must stay consistent; "condemned" or "the foreign ministries" are ordinary words.
                if (!char.IsUpper(text[0]))
                {
                    continue;
                }

                var listed = entry.Targets.Any(t => RenderingPhrase.Normalize(t) == RenderingPhrase.Normalize(text));
                renderings.Add((index, bead, hit.Entry, start, end, text, listed));
            }

            // One Korean term is rendered once: a second English match is part of another name ("the Busan Regional
            // Employment and Labor Office under the Ministry of Employment and Labor" for 고용노동부 부산지방고용노동청),
            // and the listed rendering is the term's.
            foreach (var rendering in renderings.GroupBy(r => r.Entry)
                .SelectMany(g => g.OrderByDescending(r => r.Listed).ThenBy(r => r.Start).Take(entries[g.Key]))
                .OrderBy(r => r.Start))
            {
                yield return rendering;
            }
        }
    }
}
