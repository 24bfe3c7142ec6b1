using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.omission (partial, minor): a pair whose English is far shorter than this story's own length ratio
/// predicts for its Korean, so part of the sentence was likely dropped. Minor: a terse translation can be right.
/// </summary>
public sealed class PartialOmissionCheck : ICheck
{
    private const double ShortShare = 0.45;
    private const int MinimumSource = 30;

    public string Id => "accuracy.omission";

    public string Description => "Part of a source sentence seems to be missing from its translation.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var pairs = context.Beads.Where(b => b.Bead.IsPair).ToList();
        var sourceTotal = pairs.Sum(p => p.Bead.SourceIds.Sum(i => context.Source.Sentences[i].Length));
        var targetTotal = pairs.Sum(p => p.Bead.TargetIds.Sum(i => context.Target.Sentences[i].Length));
        if (pairs.Count < 3 || sourceTotal == 0)
        {
            yield break;
        }

        var ratio = (double)targetTotal / sourceTotal;
        foreach (var (index, bead) in pairs)
        {
            var source = bead.SourceIds.Sum(i => context.Source.Sentences[i].Length);
            var target = bead.TargetIds.Sum(i => context.Target.Sentences[i].Length);
            if (source < MinimumSource || target >= ShortShare * ratio * source)
            {
                continue;
            }

            var first = context.Source.Sentences[bead.SourceIds[0]];
            var last = context.Source.Sentences[bead.SourceIds[^1]];
            yield return context.NewFinding(index, Id, Severity.Minor, $"The English is {target} characters for {source} of Korean (this story runs {ratio:0.0} to 1); part of the sentence may be missing.") with
            {
                SourceStart = first.Start,
                SourceEnd = last.End,
            };
        }
    }
}
