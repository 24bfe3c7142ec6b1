using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.addition: English with no source (0-1 beads), such as an interview appended by a republisher.
/// Consecutive added sentences are one block, reported once over their whole span.
/// </summary>
public sealed class AdditionCheck : ICheck
{
    public string Id => "accuracy.addition";

    public string Description => "English text has no counterpart in the source.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var beads = context.Alignment.Beads;
        foreach (var (first, last) in UnpairedRuns.Find(beads, b => b.IsAddition))
        {
            var from = context.Target.Sentences[beads[first].TargetIds[0]];
            var to = context.Target.Sentences[beads[last].TargetIds[^1]];
            var count = last - first + 1;
            var block = context.Target.Text[from.Start..to.End];
            var severity = UnpairedSeverity.Of(beads, first, last, to.End - from.Start, isSource: false);
            var finding = context.NewFinding(first, Id, severity, count == 1
                ? "This English sentence has no counterpart in the source."
                : $"These {count} English sentences have no counterpart in the source.");
            yield return finding with
            {
                TargetStart = from.Start,
                TargetEnd = to.End,
                TargetText = block,
                Found = block,
            };
        }
    }
}
