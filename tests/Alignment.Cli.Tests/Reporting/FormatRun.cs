using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests.Reporting;

/// <summary>The repository's corpus checked once per format into one scratch folder, shared by the format tests.</summary>
public sealed class FormatRun : IDisposable
{
    private readonly TempFolder temp = new();

    public FormatRun()
    {
        foreach (var format in new[] { "csv", "json", "html", "junit", "sarif" })
        {
            var run = CliRun.Of("check", Repository.Corpora, "--format", format, "--report", Report(format), "--quiet");
            run.ExitCode.ShouldBe(1, run.Stderr);
        }

        Csv = ReportCsv.Read(Report("csv")).Rows;
    }

    public List<Dictionary<string, string>> Csv { get; }

    public string Report(string format) => temp.File("report." + format);

    public void Dispose() => temp.Dispose();
}
