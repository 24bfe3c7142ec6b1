using Alignment.Core.Findings;
using Alignment.Core.Reporting;
using Spectre.Console;

namespace Alignment.Cli;

/// <summary>The few lines a user reads after a run: what was checked, what was found, where the report went.</summary>
internal static class ConsoleSummary
{
    public static void Write(TextWriter stdout, RunReport run, string reportPath)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        console.Profile.Width = 200;
        console.MarkupLine($"Checked {run.Documents.Count} {Plural(run.Documents.Count, "story", "stories")}: {run.SourceSentences} Korean and {run.TargetSentences} English sentences.");
        foreach (var document in run.Documents)
        {
            console.MarkupLine($"  {Markup.Escape(document.Document)}: {Tally(document.Findings)}");
            foreach (var warning in document.Warnings)
            {
                console.MarkupLine($"    [yellow]warning:[/] {Markup.Escape(warning)}");
            }
        }

        console.MarkupLine($"Findings: {Tally(run.Findings.ToList())}.");
        console.MarkupLine($"Report: {Markup.Escape(reportPath)}");
    }

    private static string Tally(IReadOnlyCollection<Finding> findings) =>
        findings.Count == 0
            ? "no findings"
            : $"[red]{findings.Count(f => f.Severity == Severity.Critical)} critical[/], [darkorange]{findings.Count(f => f.Severity == Severity.Major)} major[/], {findings.Count(f => f.Severity == Severity.Minor)} minor";

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;
}
