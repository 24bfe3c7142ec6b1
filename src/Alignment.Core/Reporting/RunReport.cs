using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting;

/// <summary>
/// Every story of a run, in input order, with what every format needs besides the findings: the checks that ran,
/// the --fail-on threshold, the MQM maximum, and how many findings a baseline or the suppressions took out.
/// </summary>
public sealed record RunReport(IReadOnlyList<DocumentReport> Documents)
{
    public IReadOnlyList<CheckInfo> Checks { get; init; } = [];

    /// <summary>Findings at or above this fail the run (JUnit failures, exit code 1); null for --fail-on none.</summary>
    public Severity? FailOn { get; init; } = Severity.Major;

    public double? MaxPenalty { get; init; }

    /// <summary>Findings left out because a baseline report already had them.</summary>
    public int Baselined { get; init; }

    /// <summary>Findings left out because a reviewer rejected them (the suppression file).</summary>
    public int Suppressed { get; init; }

    public IEnumerable<Finding> Findings => Documents.SelectMany(d => d.Findings);

    public int SourceSentences => Documents.Sum(d => d.Source.Sentences.Count);

    public int TargetSentences => Documents.Sum(d => d.Target.Sentences.Count);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public int CountAtOrAbove(Severity severity) => Findings.Count(f => f.Severity >= severity);

    /// <summary>Whether a finding fails the run at the --fail-on threshold.</summary>
    public bool Fails(Finding finding) => FailOn is { } threshold && finding.Severity >= threshold;

    /// <summary>Computed on each call (cheap): a cached copy would go stale through <c>with</c>.</summary>
    public Summary Summarize() => MqmScorer.Summarize(this);
}
