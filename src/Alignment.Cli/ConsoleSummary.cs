using System.Globalization;
using Alignment.Core.Reporting;
using Alignment.Core.Scoring;
using Spectre.Console;

namespace Alignment.Cli;

/// <summary>The few lines a user reads after a run: what was checked, what was found and its MQM score, where the report went.</summary>
internal static class ConsoleSummary
{
    public static void Write(TextWriter stdout, RunReport run, string reportPath, string? suppressionsPath)
    {
        var console = Terminal.Create(stdout);
        var s = run.Summarize();
        console.MarkupLine($"Checked {s.Documents} {Plural(s.Documents, "story", "stories")}: {s.SourceSentences} Korean and {s.TargetSentences} English sentences, {s.Words.ToString("N0", CultureInfo.InvariantCulture)} English words.");
        for (var i = 0; i < run.Documents.Count; i++)
        {
            var story = s.Stories[i];
            console.MarkupLine($"  {Markup.Escape(story.Document)}: {Tally(story.Findings)}; {Penalty(story.Penalty, s.MaxPenalty, story.Pass)}");
            foreach (var warning in run.Documents[i].Warnings)
            {
                console.MarkupLine($"    [yellow]warning:[/] {Markup.Escape(warning)}");
            }
        }

        console.MarkupLine($"Findings: {Tally(s.Findings)}; {Penalty(s.Penalty, s.MaxPenalty, s.Pass)}.");
        if (s.Baselined + s.Suppressed > 0)
        {
            var where = suppressionsPath is null ? string.Empty : $" ({Markup.Escape(suppressionsPath)})";
            console.MarkupLine($"Not counted: {s.Baselined} known from the baseline, {s.Suppressed} rejected by reviewers{where}.");
        }

        console.MarkupLine($"Report: {Markup.Escape(reportPath)}");
    }

    private static string Tally(SeverityCounts c) =>
        c.Total == 0
            ? "no findings"
            : $"[red]{c.Critical} critical[/], [darkorange]{c.Major} major[/], {c.Minor} minor";

    private static string Penalty(double penalty, double? max, bool? pass)
    {
        var text = $"MQM penalty {penalty.ToString("0.0", CultureInfo.InvariantCulture)} per 1,000 words";
        return max is null
            ? text
            : $"{text} (max {max.Value.ToString("0.##", CultureInfo.InvariantCulture)}: {(pass == true ? "[green]pass[/]" : "[red]fail[/]")})";
    }

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;
}
