using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests;

/// <summary>
/// End to end: the report for every corpus story against its expected.csv. Each expected row must be reported
/// (check, found and expected equal; a cell ending in "…" matches as a prefix), and nothing major or critical may
/// be reported that expected.csv does not list.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Stories()
    {
        var data = new TheoryData<string>();
        foreach (var expected in Directory.GetFiles(Repository.Corpora, "expected.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(expected))!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Should_report_exactly_the_expected_findings(string story)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(Repository.Corpora, story);
        var report = temp.File("report.csv");

        var run = CliRun.Of("check", folder, "--report", report, "--fail-on", "none");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var reported = ReportCsv.Read(report).Rows;
        var expected = ReportCsv.Read(Path.Combine(folder, "expected.csv")).Rows;
        var unmatched = new List<Dictionary<string, string>>(reported);
        foreach (var row in expected)
        {
            var match = unmatched.FirstOrDefault(r => Matches(row, r));
            match.ShouldNotBeNull($"{story}: expected {row["check"]} '{row["found"]}' ({row.GetValueOrDefault("expected")}) was not reported");
            unmatched.Remove(match);
        }

        var extra = unmatched.Where(r => r["severity"] is "major" or "critical").Select(r => $"{r["check"]} '{r["found"]}' → '{r["expected"]}' [{r["source_text"]}]").ToList();
        extra.ShouldBeEmpty($"{story}: reported at major or above but not in expected.csv");
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Should_point_every_offset_at_exactly_the_reported_text(string story)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(Repository.Corpora, story);
        var report = temp.File("report.csv");
        CliRun.Of("check", folder, "--report", report, "--fail-on", "none").ExitCode.ShouldBe(0);
        var target = Core.Text.TextLoader.Load(Path.Combine(folder, "target.en.txt")).Text;
        var source = Core.Text.TextLoader.Load(Path.Combine(folder, "source.ko.txt")).Text;

        foreach (var row in ReportCsv.Read(report).Rows)
        {
            if (row["target_start"].Length > 0 && row["found"].Length > 0)
            {
                var (start, end) = (int.Parse(row["target_start"]), int.Parse(row["target_end"]));
                target[start..end].ShouldBe(row["found"]);
            }

            if (row["source_start"].Length > 0)
            {
                var (start, end) = (int.Parse(row["source_start"]), int.Parse(row["source_end"]));
                row["source_text"].ShouldContain(source[start..end]);
            }
        }
    }

    private static bool Matches(Dictionary<string, string> expected, Dictionary<string, string> reported) =>
        expected["check"] == reported["check"]
        && Cell(expected.GetValueOrDefault("found") ?? string.Empty, reported["found"])
        && (!expected.TryGetValue("expected", out var e) || Cell(e, reported["expected"]));

    private static bool Cell(string expected, string actual) =>
        expected.EndsWith('…') ? actual.StartsWith(expected[..^1], StringComparison.Ordinal) : expected == actual;
}
