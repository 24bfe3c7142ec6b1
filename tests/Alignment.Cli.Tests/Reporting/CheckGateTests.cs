using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests.Reporting;

/// <summary>What CI gates on: exit codes with --fail-on and --max-penalty, baselines, shards, parallel runs.</summary>
public sealed class CheckGateTests
{
    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Should_report_no_new_finding_and_exit_0_against_the_baseline_of_an_unchanged_corpus(string format)
    {
        using var temp = new TempFolder();
        var baseline = temp.File("baseline." + format);
        CliRun.Of("check", Repository.Corpora, "--format", format, "--report", baseline).ExitCode.ShouldBe(1);

        var run = CliRun.Of("check", Repository.Corpora, "--baseline", baseline, "--report", temp.File("new.csv"));

        run.ExitCode.ShouldBe(0, run.Stdout + run.Stderr);
        ReportCsv.Read(temp.File("new.csv")).Rows.ShouldBeEmpty();
        var known = format == "csv" ? ReportCsv.Read(baseline).Rows.Count : Findings(baseline);
        run.Stdout.ShouldContain($"Not counted: {known} known from the baseline");
    }

    [Fact]
    public void Should_count_only_what_the_baseline_does_not_have()
    {
        using var temp = new TempFolder();
        var glossary = temp.Write("g.csv", "source,target,forbidden,note,severity\n고용노동부,Ministry of Employment and Labor,Ministry of Labour,,critical\n");
        var story = CheckCommandTests.WriteStory(temp, SampleStory.Korean, SampleStory.English + "\n[서울=뉴시스]\n");
        var baseline = temp.File("baseline.csv");
        CliRun.Of("check", story, "--glossary", glossary, "--report", baseline).ExitCode.ShouldBe(1);
        var english = SampleStory.English.Replace("Ministry of Employment and Labor", "Ministry of Labour", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(story, "target.en.txt"), english + "\n[서울=뉴시스]\n");

        var run = CliRun.Of("check", story, "--glossary", glossary, "--baseline", baseline, "--report", temp.File("new.csv"));

        run.ExitCode.ShouldBe(1);
        var rows = ReportCsv.Read(temp.File("new.csv")).Rows;
        rows.ShouldContain(r => r["check"] == "terminology.forbidden" && r["found"] == "Ministry of Labour");
        rows.ShouldNotContain(r => r["check"] == "accuracy.untranslated");
        run.Stdout.ShouldContain("Not counted: 1 known from the baseline");
    }

    [Theory]
    [InlineData("not,a,report\n1,2,3\n")]
    [InlineData("{ \"summary\": {} }")]
    [InlineData("{ broken")]
    public void Should_exit_2_naming_a_baseline_that_is_not_a_report(string content)
    {
        using var temp = new TempFolder();
        var baseline = temp.Write("old-report.txt", content);

        var run = CliRun.Of("check", Repository.Corpora, "--baseline", baseline, "--report", temp.File("r.csv"));

        run.ExitCode.ShouldBe(2);
        run.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("old-report.txt");
        File.Exists(temp.File("r.csv")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_to_overwrite_the_baseline_with_the_report()
    {
        using var temp = new TempFolder();
        var baseline = temp.File("r.csv");
        CliRun.Of("check", Repository.Corpora, "--report", baseline);
        var before = File.ReadAllBytes(baseline);

        var run = CliRun.Of("check", Repository.Corpora, "--baseline", baseline, "--report", baseline);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("baseline");
        File.ReadAllBytes(baseline).ShouldBe(before);
    }

    [Fact]
    public void Should_gate_on_the_mqm_penalty_when_a_maximum_is_given()
    {
        using var temp = new TempFolder();

        var over = CliRun.Of("check", Repository.Corpora, "--fail-on", "none", "--max-penalty", "10", "--report", temp.File("a.json"), "--format", "json");
        var under = CliRun.Of("check", Repository.Corpora, "--fail-on", "none", "--max-penalty", "1000", "--report", temp.File("b.csv"));

        over.ExitCode.ShouldBe(1);
        over.Stdout.ShouldContain("(max 10: fail)");
        File.ReadAllText(temp.File("a.json")).ShouldContain("\"pass\": false");
        under.ExitCode.ShouldBe(0);
        under.Stdout.ShouldContain("(max 1000: pass)");
        CliRun.Of("check", Repository.Corpora, "--max-penalty", "-1").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Should_split_a_corpus_into_disjoint_shards_that_cover_it()
    {
        using var temp = new TempFolder();
        var corpus = Corpus.CopyAll(temp, 1);
        var all = Documents(temp, corpus, "all.json");

        var shards = Enumerable.Range(1, 3).Select(k => Documents(temp, corpus, $"s{k}.json", "--shard", $"{k}/3")).ToList();

        shards.SelectMany(s => s).Order(StringComparer.Ordinal).ShouldBe(all.Order(StringComparer.Ordinal));
        shards.Sum(s => s.Count).ShouldBe(all.Count);
        Documents(temp, corpus, "again.json", "--shard", "2/3").ShouldBe(shards[1]);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("2")]
    public void Should_exit_2_on_a_bad_shard(string shard)
    {
        var run = CliRun.Of("check", Repository.Corpora, "--shard", shard, "--report", Path.Combine(Path.GetTempPath(), "never-written.csv"));

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--shard");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("junit")]
    [InlineData("sarif")]
    public void Should_write_the_same_bytes_with_parallel_jobs_as_serially(string format)
    {
        using var temp = new TempFolder();
        var corpus = Corpus.CopyAll(temp, 1);

        CliRun.Of("check", corpus, "--jobs", "1", "--format", format, "--report", temp.File("serial"), "--quiet").ExitCode.ShouldBe(1);
        CliRun.Of("check", corpus, "--jobs", "4", "--format", format, "--report", temp.File("parallel"), "--quiet").ExitCode.ShouldBe(1);

        File.ReadAllBytes(temp.File("parallel")).ShouldBe(File.ReadAllBytes(temp.File("serial")));
        CliRun.Of("check", corpus, "--jobs", "0").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Should_print_nothing_when_quiet()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("check", Repository.Corpora, "--quiet", "--report", temp.File("r.csv"));

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        File.Exists(temp.File("r.csv")).ShouldBeTrue();
    }

    private static List<string> Documents(TempFolder temp, string corpus, string report, params string[] more)
    {
        CliRun.Of(["check", corpus, "--format", "json", "--report", temp.File(report), "--fail-on", "none", .. more]).ExitCode.ShouldBe(0);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.File(report)));
        return json.RootElement.GetProperty("summary").GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("document").GetString()!).ToList();
    }

    private static int Findings(string jsonReport)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(jsonReport));
        return json.RootElement.GetProperty("findings").GetArrayLength();
    }
}
