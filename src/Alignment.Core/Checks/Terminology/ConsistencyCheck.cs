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
        var first = new Dictionary<int, (string Text, bool Listed)>();
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var entries = context.InSource(context.SourceTerms, bead).Select(h => h.Entry).ToHashSet();
            foreach (var hit in context.InTarget(context.TargetTerms, bead).Where(h => entries.Contains(h.Entry)))
            {
                var entry = context.Glossary.Entries[hit.Entry].Entry;
                var (start, end) = RenderingPhrase.Expand(context.Target.Text, hit.Start, hit.End, entry.Targets);
                var text = context.Target.Text[start..end];
                var listed = entry.Targets.Any(t => RenderingPhrase.Normalize(t) == RenderingPhrase.Normalize(text));
                if (!first.TryGetValue(hit.Entry, out var baseline))
                {
                    first[hit.Entry] = (text, listed);
                    continue;
                }

                if (listed || !baseline.Listed || RenderingPhrase.Normalize(text) == RenderingPhrase.Normalize(baseline.Text))
                {
                    continue;
                }

                var sentence = context.TargetSentenceAt(start)!;
                yield return context.NewFinding(index, Id, Severity.Minor, $"'{text}' renders the same term as '{baseline.Text}' earlier in the story; keep one rendering.") with
                {
                    TargetStart = start,
                    TargetEnd = end,
                    Found = text,
                    Expected = baseline.Text,
                    Suggestion = DocumentContext.Replace(sentence, start, end, baseline.Text),
                };
            }
        }
    }
}
