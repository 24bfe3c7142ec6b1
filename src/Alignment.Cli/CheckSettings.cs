using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Reporting;

namespace Alignment.Cli;

/// <summary>What one <c>check</c> run was asked to do, validated.</summary>
internal sealed record CheckSettings
{
    public required IReadOnlyList<string> Paths { get; init; }

    public StoryInput? Pair { get; init; }

    public required IReadOnlyList<string> GlossaryFiles { get; init; }

    public string? GazetteerFile { get; init; }

    public required IReadOnlySet<string> SkipChecks { get; init; }

    public required IReportWriter Writer { get; init; }

    public required string ReportPath { get; init; }

    public Severity? FailOn { get; init; }

    public double? MaxPenalty { get; init; }

    public string? BaselinePath { get; init; }

    public string? SuppressionsPath { get; init; }

    public Shard? Shard { get; init; }

    public int Jobs { get; init; } = 1;

    public bool Quiet { get; init; }
}
