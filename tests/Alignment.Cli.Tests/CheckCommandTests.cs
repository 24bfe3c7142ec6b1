using Alignment.Cli.Tests.Support;
using Alignment.Core.Reporting;

namespace Alignment.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Should_write_the_contract_header_in_order()
    {
        using var temp = new TempFolder();
        var story = WriteStory(temp, SampleStory.Korean, SampleStory.English);

        var run = CliRun.Of("check", story, "--report", temp.File("r.csv"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.ReadLines(temp.File("r.csv")).First().ShouldBe(string.Join(',', CsvReportWriter.Header));
        CsvReportWriter.Header.Take(17).ShouldBe(
            ["id", "document", "segment", "check", "severity", "source_start", "source_end", "target_start", "target_end", "source_text", "target_text", "found", "expected", "suggestion", "message", "status", "comment"]);
    }

    [Fact]
    public void Should_exit_1_when_a_finding_reaches_fail_on_and_0_when_it_does_not()
    {
        using var temp = new TempFolder();
        var story = WriteStory(temp, SampleStory.Korean, SampleStory.English);
        var glossary = temp.Write("g.csv", "source,target,forbidden,note,severity\n고용노동부,Ministry of Employment and Labor|Labor Ministry,Ministry of Labour,,critical\n");

        CliRun.Of("check", story, "--report", temp.File("a.csv"), "--glossary", glossary).ExitCode.ShouldBe(0);
        var withError = WriteStory(temp, SampleStory.Korean, SampleStory.English.Replace("Ministry of Employment and Labor", "Ministry of Labour", StringComparison.Ordinal), "bad");

        CliRun.Of("check", withError, "--report", temp.File("b.csv"), "--glossary", glossary).ExitCode.ShouldBe(1);
        CliRun.Of("check", withError, "--report", temp.File("c.csv"), "--glossary", glossary, "--fail-on", "none").ExitCode.ShouldBe(0);
        File.ReadAllText(temp.File("b.csv")).ShouldContain("terminology.forbidden");
    }

    [Fact]
    public void Should_check_a_pair_given_by_source_and_target_and_name_it_by_the_target()
    {
        using var temp = new TempFolder();
        var story = WriteStory(temp, SampleStory.Korean, SampleStory.English + "\n[서울=뉴시스]\n");

        var run = CliRun.Of("check", "--source", Path.Combine(story, "source.ko.txt"), "--target", Path.Combine(story, "target.en.txt"), "--report", temp.File("r.csv"));

        run.ExitCode.ShouldBe(1);
        var rows = ReportCsv.Read(temp.File("r.csv")).Rows;
        rows.ShouldContain(r => r["check"] == "accuracy.untranslated" && r["found"] == "[서울=뉴시스]" && r["expected"] == "[Seoul=Newsis]");
        rows.ShouldAllBe(r => r["document"].EndsWith("target.en.txt"));
    }

    [Fact]
    public void Should_find_stories_recursively_in_a_corpus_folder_and_summarise()
    {
        using var temp = new TempFolder();
        WriteStory(temp, SampleStory.Korean, SampleStory.English, "corpus/a");
        WriteStory(temp, SampleStory.Korean, SampleStory.English, "corpus/b/nested");

        var run = CliRun.Of("check", temp.File("corpus"), "--report", temp.File("r.csv"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("Checked 2 stories");
        run.Stdout.ShouldContain("Report: " + temp.File("r.csv"));
    }

    [Fact]
    public void Should_skip_a_check_by_id()
    {
        using var temp = new TempFolder();
        var story = WriteStory(temp, SampleStory.Korean, SampleStory.English + "\n[서울=뉴시스]\n");

        var run = CliRun.Of("check", story, "--report", temp.File("r.csv"), "--skip-check", "accuracy.untranslated");

        run.ExitCode.ShouldBe(0, run.Stderr);
        ReportCsv.Read(temp.File("r.csv")).Rows.ShouldBeEmpty();
    }

    internal static string WriteStory(TempFolder temp, string korean, string english, string name = "story")
    {
        temp.Write(Path.Combine(name, "source.ko.txt"), korean);
        temp.Write(Path.Combine(name, "target.en.txt"), english);
        return temp.File(name);
    }
}
