using System.CommandLine;
using Alignment.Core.Reporting;

namespace Alignment.Cli;

/// <summary>The options of <c>check</c>, and their values read and validated into <see cref="CheckSettings"/>.</summary>
internal sealed class CheckOptions
{
    public CommonOptions Common { get; } = new();

    public Argument<string[]> Paths { get; } = new("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "Story folders, or folders searched recursively for them." };

    public Option<string?> Report { get; } = new("--report") { Description = "Where to write the report (default: alignment-report.<format> here)." };

    public Option<string> Format { get; } = new("--format") { Description = "Report format: csv, json, html, junit or sarif.", DefaultValueFactory = _ => "csv" };

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "Exit 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "major" };

    public Option<double?> MaxPenalty { get; } = new("--max-penalty") { Description = "Exit 1 when a story's MQM penalty per 1,000 English words is over this." };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "An earlier CSV or JSON report: findings it has are neither counted nor reported." };

    public Option<string?> Suppressions { get; } = new("--suppressions") { Description = $"Rejected findings to leave out (default: {Core.Review.SuppressionFile.DefaultName} here, when present)." };

    public Option<string?> Shard { get; } = new("--shard") { Description = "Check only part K of N of the stories (K/N, 1-based), for CI matrices." };

    public Option<int> Jobs { get; } = new("--jobs") { Description = "Stories checked in parallel (the report is the same as a serial run's).", DefaultValueFactory = _ => Environment.ProcessorCount };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "No progress bar and no summary; errors only." };

    public Option<string[]> Skip { get; } = new("--skip-check") { Description = "A check id to switch off; may be repeated." };

    public IEnumerable<Option> All => [Report, Format, FailOn, MaxPenalty, Baseline, Suppressions, Shard, Jobs, Quiet, Skip];

    public CheckOptions()
    {
        Format.AcceptOnlyFromAmong(ReportWriters.All.Select(w => w.Format).ToArray());
        FailOn.AcceptOnlyFromAmong("none", "minor", "major", "critical");
    }

    public CheckSettings Read(ParseResult parse)
    {
        var jobs = parse.GetValue(Jobs);
        if (jobs < 1)
        {
            throw new ArgumentException($"--jobs {jobs}: give at least 1");
        }

        var max = parse.GetValue(MaxPenalty);
        if (max is < 0 || (max is { } m && !double.IsFinite(m)))
        {
            throw new ArgumentException($"--max-penalty {max}: give a number of points per 1,000 words, 0 or more");
        }

        ReportWriters.TryGet(parse.GetValue(Format)!, out var writer);
        Core.Findings.SeverityNames.TryParse(parse.GetValue(FailOn), out var failOn);
        return new CheckSettings
        {
            Paths = parse.GetValue(Paths) ?? [],
            Pair = Common.Pair(parse),
            GlossaryFiles = Common.GlossaryFiles(parse),
            GazetteerFile = Common.Gazetteer(parse),
            SkipChecks = (parse.GetValue(Skip) ?? []).ToHashSet(StringComparer.Ordinal),
            Writer = writer,
            ReportPath = parse.GetValue(Report) ?? "alignment-report" + writer.FileExtension,
            FailOn = parse.GetValue(FailOn) == "none" ? null : failOn,
            MaxPenalty = max,
            BaselinePath = parse.GetValue(Baseline),
            SuppressionsPath = parse.GetValue(Suppressions),
            Shard = parse.GetValue(Shard) is { } shard ? Cli.Shard.Parse(shard) : null,
            Jobs = jobs,
            Quiet = parse.GetValue(Quiet),
        };
    }
}
