using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.glossary: the source holds a glossary term and the aligned English has none of its renderings.
/// Skipped where a forbidden variant stands in for it: terminology.forbidden already points at that span.
/// Minor unless the row sets a severity: a translator may rightly paraphrase ("the government" for 중국 정부),
/// so a missing rendering is a prompt to look, while a forbidden one is an error.
/// </summary>
public sealed class GlossaryTermCheck : ICheck
{
    public string Id => "terminology.glossary";

    public string Description => "A glossary term of the source has none of its required renderings in the aligned English.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var present = context.InTarget(context.TargetTerms, bead).Select(h => h.Entry)
                .Concat(context.InTarget(context.ForbiddenTerms, bead).Select(h => h.Entry))
                .ToHashSet();
            var reported = new HashSet<int>();
            var hits = context.InSource(context.SourceTerms, bead).ToList();
            foreach (var hit in hits.Where(h => !hits.Any(o => Covers(o, h))))
            {
                var entry = context.Glossary.Entries[hit.Entry].Entry;
                if (entry.Targets.Count == 0 || present.Contains(hit.Entry) || TermAnaphora.Holds(context, hit, entry, bead) || !reported.Add(hit.Entry))
                {
                    continue;
                }

                var expected = string.Join(" | ", entry.Targets);
                yield return context.NewFinding(index, Id, entry.Severity ?? Severity.Minor, $"'{hit.Text}' in the source is not rendered as the glossary requires ({expected}).") with
                {
                    SourceStart = hit.Start,
                    SourceEnd = hit.End,
                    Found = string.Empty,
                    Expected = expected,
                };
            }
        }
    }

    // 한·캐나다 and 캐나다 both match the same words; the longer, more specific entry speaks for both.
    private static bool Covers(Glossary.TermHit outer, Glossary.TermHit inner) =>
        outer.Entry != inner.Entry && outer.Start <= inner.Start && inner.End <= outer.End && outer.End - outer.Start > inner.End - inner.Start;
}
