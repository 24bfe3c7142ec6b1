using Alignment.Core.Findings;
using Alignment.Core.Pipeline;

namespace Alignment.Core.Reporting;

/// <summary>Every story of a run, in input order, and the tallies report writers and the console share.</summary>
public sealed record RunReport(IReadOnlyList<DocumentReport> Documents)
{
    public IEnumerable<Finding> Findings => Documents.SelectMany(d => d.Findings);

    public int SourceSentences => Documents.Sum(d => d.Source.Sentences.Count);

    public int TargetSentences => Documents.Sum(d => d.Target.Sentences.Count);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public int CountAtOrAbove(Severity severity) => Findings.Count(f => f.Severity >= severity);
}
