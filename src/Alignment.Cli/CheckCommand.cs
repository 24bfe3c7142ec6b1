using System.CommandLine;
using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Reporting;

namespace Alignment.Cli;

/// <summary><c>alignment check</c>: check stories, write the report, exit by severity.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout)
    {
        var common = new CommonOptions();
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "Story folders, or folders searched recursively for them." };
        var report = new Option<string?>("--report") { Description = "Where to write the report (default: alignment-report.<format> here)." };
        var format = new Option<string>("--format") { Description = "Report format.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong(ReportWriters.All.Select(w => w.Format).ToArray());
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "major" };
        failOn.AcceptOnlyFromAmong("none", "minor", "major", "critical");
        var skip = new Option<string[]>("--skip-check") { Description = "A check id to switch off; may be repeated." };
        var command = new Command("check", "Check English translations against their Korean source and write a report.") { paths };
        common.AddTo(command);
        command.Options.Add(report);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.Options.Add(skip);
        command.SetAction(parse =>
        {
            var stories = new List<StoryInput>();
            var pair = common.Pair(parse);
            var given = parse.GetValue(paths) ?? [];
            if (pair is null && given.Length == 0)
            {
                throw new ArgumentException("nothing to check: give a story folder or --source and --target");
            }

            stories.AddRange(StoryLocator.Find(given));
            if (pair is not null)
            {
                stories.Add(pair);
            }

            var pipeline = CheckPipeline.Create(new PipelineOptions
            {
                GlossaryFiles = common.GlossaryFiles(parse),
                GazetteerFile = common.Gazetteer(parse),
                SkipChecks = (parse.GetValue(skip) ?? []).ToHashSet(StringComparer.Ordinal),
            });

            // Every story is checked before anything is written, so bad input leaves no partial report.
            var run = new RunReport(stories.Select(pipeline.Check).ToList());
            ReportWriters.TryGet(parse.GetValue(format)!, out var writer);
            var path = parse.GetValue(report) ?? "alignment-report" + writer.FileExtension;
            AtomicFile.Write(path, w => writer.Write(run, w));
            ConsoleSummary.Write(stdout, run, path);
            var threshold = parse.GetValue(failOn)!;
            return threshold != "none" && SeverityNames.TryParse(threshold, out var level) && run.CountAtOrAbove(level) > 0
                ? ExitCodes.FindingsAtOrAboveThreshold
                : ExitCodes.Ok;
        });
        return command;
    }
}
