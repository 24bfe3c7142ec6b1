using Alignment.Core.Checks;
using Alignment.Core.Pipeline;
using Alignment.Core.Reporting;
using Alignment.Core.Review;

namespace Alignment.Cli;

/// <summary>
/// One <c>check</c> run: every input is read and validated (baseline, suppressions, stories) and every story
/// checked before anything is written, so bad input leaves no partial report; then the report, the summary, and
/// the exit code.
/// </summary>
internal static class CheckRun
{
    public static int Execute(CheckSettings settings, TextWriter stdout)
    {
        if (settings.Pair is null && settings.Paths.Count == 0)
        {
            throw new ArgumentException("nothing to check: give a story folder or --source and --target");
        }

        if (settings.BaselinePath is { } baselinePath && SameFile(baselinePath, settings.ReportPath))
        {
            throw new ArgumentException($"--report {settings.ReportPath} would overwrite the baseline it is compared with; give another --report");
        }

        var baseline = settings.BaselinePath is null ? new HashSet<string>() : BaselineFile.LoadIds(settings.BaselinePath);
        var suppressionsPath = settings.SuppressionsPath ?? (File.Exists(SuppressionFile.DefaultName) ? SuppressionFile.DefaultName : null);
        var suppressed = suppressionsPath is null
            ? new HashSet<string>()
            : SuppressionFile.Load(suppressionsPath).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var stories = StoryLocator.Find(settings.Paths).ToList();
        if (settings.Pair is not null)
        {
            stories.Add(settings.Pair);
        }

        if (settings.Shard is { } shard)
        {
            stories = stories.Where(s => shard.Includes(s.Document)).ToList();
        }

        var pipeline = CheckPipeline.Create(new PipelineOptions { GlossaryFiles = settings.GlossaryFiles, GazetteerFile = settings.GazetteerFile, SkipChecks = settings.SkipChecks });
        var documents = pipeline.CheckAcrossStories(RunProgress.Run(stdout, settings.Quiet, stories.Count, tick => StoryRunner.Run(pipeline, stories, settings.Jobs, tick)));
        var run = FindingFilter.Apply(
            new RunReport(documents)
            {
                Checks = CheckRegistry.Rules.Where(c => !settings.SkipChecks.Contains(c.Id)).Select(c => new CheckInfo(c.Id, c.Description)).ToList(),
                FailOn = settings.FailOn,
                MaxPenalty = settings.MaxPenalty,
            },
            baseline,
            suppressed);
        AtomicFile.Write(settings.ReportPath, w => settings.Writer.Write(run, w));
        if (!settings.Quiet)
        {
            ConsoleSummary.Write(stdout, run, settings.ReportPath, suppressionsPath);
        }

        var failed = (run.FailOn is { } threshold && run.CountAtOrAbove(threshold) > 0) || run.Summarize().Pass == false;
        return failed ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Ok;
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
