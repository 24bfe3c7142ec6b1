using Alignment.Cli.Tests.Support;
using Alignment.Core.Reporting;

namespace Alignment.Cli.Tests;

public sealed class AlignCommandTests
{
    [Fact]
    public void Should_write_beads_that_cover_every_sentence_once_with_exact_offsets()
    {
        using var temp = new TempFolder();
        var story = CheckCommandTests.WriteStory(temp, SampleStory.Korean, SampleStory.English);
        var output = temp.File("align.csv");

        var run = CliRun.Of("align", "--source", Path.Combine(story, "source.ko.txt"), "--target", Path.Combine(story, "target.en.txt"), "--out", output);

        run.ExitCode.ShouldBe(0, run.Stderr);
        var (header, rows) = ReportCsv.Read(output);
        header.ShouldBe(AlignmentCsvWriter.Header);
        header.ShouldBe(["bead", "source_ids", "target_ids", "source_start", "source_end", "target_start", "target_end", "score", "source_text", "target_text"]);
        rows.Select(r => r["source_ids"]).ShouldBe(["0", "1", "2"]);
        rows.Select(r => r["target_ids"]).ShouldBe(["0", "1", "2"]);
        var target = File.ReadAllText(Path.Combine(story, "target.en.txt"));
        foreach (var row in rows)
        {
            target[int.Parse(row["target_start"])..int.Parse(row["target_end"])].ShouldBe(row["target_text"]);
        }
    }

    [Fact]
    public void Should_take_one_sentence_a_line_when_segmented_and_mark_an_addition()
    {
        using var temp = new TempFolder();
        var source = temp.Write("s.txt", "정부는 3만 개의 일자리를 만든다.\n예산은 1조2천억 원이다.\n");
        var target = temp.Write("t.txt", "The government will create 30,000 jobs.\nA festival will also be held in the city next spring, organisers said.\nThe budget is 1.2 trillion won.\n");

        var run = CliRun.Of("align", "--source", source, "--target", target, "--segmented");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[1].ShouldStartWith("1,0,0,");
        lines[2].ShouldStartWith("2,,1,");
        lines[3].ShouldStartWith("3,1,2,");
    }

    [Fact]
    public void Should_require_both_files()
    {
        var run = CliRun.Of("align", "--source", "only.txt");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--target");
    }
}
