using System.Text;
using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests.Review;

/// <summary>The review round trip: accepted spans rewritten byte for byte, rejected findings suppressed, nothing else touched.</summary>
public sealed class ReviewApplyTests
{
    [Fact]
    public void Should_change_exactly_the_accepted_spans_and_suppress_the_rejected_findings()
    {
        using var temp = new TempFolder();
        var story = Corpus.CopyStory(temp, Corpus.Seed, "story");
        var target = Path.Combine(story, "target.en.txt");
        var original = File.ReadAllBytes(target);
        var report = temp.File("report.csv");
        CliRun.Of("check", story, "--report", report);
        var (header, rows) = ReportCsv.Read(report);
        var accepted = rows.Where(r => r["check"] == "terminology.forbidden" && r["found"] is "Korea-China" or "Intae").ToList();
        var rejected = rows.First(r => r["found"] == "In-Pacific");
        accepted.Count.ShouldBe(2);
        accepted.ForEach(r => r["status"] = "accepted");
        rejected["status"] = "rejected";
        rejected["comment"] = "house style allows it";
        ReportCsv.Write(report, header, rows);

        var run = CliRun.Of("review", "apply", "--report", report);

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.ReadAllBytes(target).ShouldBe(original);
        File.ReadAllBytes(Path.Combine(story, "target.en.reviewed.txt")).ShouldBe(Splice(original, accepted));
        run.Stdout.ShouldContain("-2+2 held every other year, launch of Intae Dialogue");
        run.Stdout.ShouldContain("+2+2 held every other year, launch of Indo-Pacific Dialogue");
        var suppressions = ReportCsv.Read(temp.File("alignment-suppressions.csv")).Rows;
        suppressions.ShouldHaveSingleItem()["id"].ShouldBe(rejected["id"]);
        suppressions[0]["comment"].ShouldBe("house style allows it");

        var again = CliRun.Of("check", story, "--report", temp.File("again.csv"), "--suppressions", temp.File("alignment-suppressions.csv"));

        ReportCsv.Read(temp.File("again.csv")).Rows.ShouldNotContain(r => r["id"] == rejected["id"]);
        again.Stdout.ShouldContain("1 rejected by reviewers");
    }

    [Fact]
    public void Should_rewrite_in_place_keeping_the_byte_order_mark_and_crlf_line_endings()
    {
        using var temp = new TempFolder();
        var glossary = temp.Write("g.csv", "source,target,forbidden,note\n고용노동부,Ministry of Employment and Labor,Ministry of Labour,\n");
        var english = SampleStory.English.Replace("Ministry of Employment and Labor", "Ministry of Labour", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        var story = CheckCommandTests.WriteStory(temp, SampleStory.Korean, "x");
        var target = Path.Combine(story, "target.en.txt");
        var original = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(english)).ToArray();
        File.WriteAllBytes(target, original);
        var report = temp.File("r.csv");
        CliRun.Of("check", story, "--glossary", glossary, "--no-default-glossary", "--report", report);
        var (header, rows) = ReportCsv.Read(report);
        var row = rows.Single(r => r["check"] == "terminology.forbidden");
        row["status"] = "accepted";
        ReportCsv.Write(report, header, rows);

        var run = CliRun.Of("review", "apply", "--report", report, "--in-place");

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.ReadAllBytes(target).ShouldBe(Splice(original, [row], preamble: 3));
        File.Exists(Path.Combine(story, "target.en.reviewed.txt")).ShouldBeFalse();
        Encoding.UTF8.GetString(File.ReadAllBytes(target)).ShouldContain("The Ministry of Employment and Labor will spend");
    }

    [Fact]
    public void Should_refuse_a_report_whose_target_changed_naming_the_line_and_write_nothing()
    {
        using var temp = new TempFolder();
        var story = Corpus.CopyStory(temp, Corpus.Seed, "story");
        var report = temp.File("report.csv");
        CliRun.Of("check", story, "--report", report);
        var (header, rows) = ReportCsv.Read(report);
        rows.First(r => r["found"] == "Intae")["status"] = "accepted";
        rows.First(r => r["found"] == "In-Pacific")["status"] = "rejected";
        ReportCsv.Write(report, header, rows);
        var target = Path.Combine(story, "target.en.txt");
        File.WriteAllText(target, File.ReadAllText(target).Replace("2+2 held every other year", "2+2 talks held every other year", StringComparison.Ordinal));
        var line = File.ReadAllLines(report).ToList().FindIndex(l => l.Contains(",Intae,", StringComparison.Ordinal)) + 1;

        var run = CliRun.Of("review", "apply", "--report", report);

        run.ExitCode.ShouldBe(2);
        run.Stderr.Trim().ShouldContain($"report.csv:{line}:");
        run.Stderr.ShouldContain("changed since the report");
        File.Exists(Path.Combine(story, "target.en.reviewed.txt")).ShouldBeFalse();
        File.Exists(temp.File("alignment-suppressions.csv")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_an_unknown_status_naming_its_line()
    {
        using var temp = new TempFolder();
        var story = Corpus.CopyStory(temp, Corpus.Seed, "story");
        var report = temp.File("report.csv");
        CliRun.Of("check", story, "--report", report);
        var (header, rows) = ReportCsv.Read(report);
        rows[0]["status"] = "acepted";
        ReportCsv.Write(report, header, rows);

        var run = CliRun.Of("review", "apply", "--report", report);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("report.csv:2:");
        run.Stderr.ShouldContain("acepted");
    }

    // The expected file, made independently of the tool: each accepted span's bytes swapped for its expected text.
    private static byte[] Splice(byte[] original, IEnumerable<Dictionary<string, string>> accepted, int preamble = 0)
    {
        var text = Encoding.UTF8.GetString(original, preamble, original.Length - preamble);
        foreach (var row in accepted.OrderByDescending(r => int.Parse(r["target_start"])))
        {
            var (start, end) = (int.Parse(row["target_start"]), int.Parse(row["target_end"]));
            text[start..end].ShouldBe(row["found"]);
            text = text[..start] + row["expected"] + text[end..];
        }

        return [.. original.AsSpan(0, preamble), .. Encoding.UTF8.GetBytes(text)];
    }
}
