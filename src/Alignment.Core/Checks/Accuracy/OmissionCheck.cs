using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>accuracy.omission: source sentences the English leaves out (1-0 beads), a run of them reported once.</summary>
public sealed class OmissionCheck : ICheck
{
    public string Id => "accuracy.omission";

    public string Description => "A source sentence has no translation in the English.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var beads = context.Alignment.Beads;
        foreach (var (first, last) in UnpairedRuns.Find(beads, b => b.IsOmission))
        {
            var from = context.Source.Sentences[beads[first].SourceIds[0]];
            var to = context.Source.Sentences[beads[last].SourceIds[^1]];
            var count = last - first + 1;
            var severity = UnpairedSeverity.Of(beads, first, last, to.End - from.Start, isSource: true);
            var finding = context.NewFinding(first, Id, severity, count == 1
                ? "This source sentence has no translation in the English."
                : $"These {count} source sentences have no translation in the English.");
            yield return finding with
            {
                SourceStart = from.Start,
                SourceEnd = to.End,
                SourceText = context.Source.Text[from.Start..to.End],
            };
        }
    }
}
