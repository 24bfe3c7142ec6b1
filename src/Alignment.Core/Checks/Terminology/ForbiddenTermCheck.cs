using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.forbidden: where the source holds a glossary term, a variant the glossary forbids ("Korea-China" for
/// 한-캐나다, "Intae" for 인태) in the aligned English. The fix is mechanical: the first listed target.
/// </summary>
public sealed class ForbiddenTermCheck : ICheck
{
    public string Id => "terminology.forbidden";

    public string Description => "A rendering the glossary forbids appears where the source holds the glossary term.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var sourceHits = context.InSource(context.SourceTerms, bead).ToList();
            var targetHits = context.InTarget(context.TargetTerms, bead).ToList();
            foreach (var hit in context.InTarget(context.ForbiddenTerms, bead))
            {
                var source = sourceHits.FirstOrDefault(s => s.Entry == hit.Entry);
                var insideAllowed = targetHits.Any(t => t.Entry == hit.Entry && t.Start <= hit.Start && hit.End <= t.End && t.End - t.Start > hit.End - hit.Start);
                if (source is null || insideAllowed)
                {
                    continue;
                }

                var entry = context.Glossary.Entries[hit.Entry].Entry;
                var expected = entry.Targets.Count > 0 ? entry.Targets[0] : string.Empty;
                var sentence = context.TargetSentenceAt(hit.Start)!;
                yield return context.NewFinding(index, Id, entry.Severity ?? Severity.Major, $"'{hit.Text}' is a forbidden rendering of '{source.Text}'; use '{(expected.Length > 0 ? expected : "another rendering")}'.") with
                {
                    SourceStart = source.Start,
                    SourceEnd = source.End,
                    TargetStart = hit.Start,
                    TargetEnd = hit.End,
                    Found = hit.Text,
                    Expected = expected,
                    Suggestion = expected.Length == 0 ? string.Empty : DocumentContext.Replace(sentence, hit.Start, hit.End, expected + hit.Possessive),
                };
            }
        }
    }
}
