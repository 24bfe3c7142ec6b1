using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests;

/// <summary>terminology.consistency across the stories of one run, in input order, whatever --jobs says.</summary>
public sealed class CrossStoryConsistencyTests
{
    private const string Korean = "통일부는 이산가족 상봉을 다시 제안했다.\n\n통일부 관계자는 북한의 답을 기다린다고 말했다.\n";

    [Fact]
    public void Should_report_an_unlisted_rendering_that_an_earlier_story_rendered_otherwise()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, Korean, "The Ministry of Unification proposed family reunions again.\n\nAn official of the Ministry of Unification said it was waiting for North Korea's answer.\n", "run/a");
        CheckCommandTests.WriteStory(temp, Korean, "The Unification Department proposed family reunions again.\n\nAn official of the Unification Department said it was waiting for North Korea's answer.\n", "run/b");

        foreach (var jobs in new[] { "1", "2" })
        {
            var report = temp.File($"r{jobs}.csv");
            CliRun.Of("check", temp.File("run"), "--report", report, "--fail-on", "none", "--jobs", jobs).ExitCode.ShouldBe(0);
            var rows = ReportCsv.Read(report).Rows.Where(r => r["check"] == "terminology.consistency").ToList();
            rows.Count.ShouldBe(1);
            rows[0]["document"].ShouldEndWith("run/b");
            rows[0]["found"].ShouldBe("Unification Department");
            rows[0]["expected"].ShouldBe("Ministry of Unification");
        }
    }

    [Fact]
    public void Should_leave_listed_renderings_alone_across_stories()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, Korean, "The Ministry of Unification proposed family reunions again.\n\nAn official of the Ministry of Unification said it was waiting for North Korea's answer.\n", "run/a");
        CheckCommandTests.WriteStory(temp, Korean, "The Unification Ministry proposed family reunions again.\n\nAn official of the Unification Ministry said it was waiting for North Korea's answer.\n", "run/b");

        CliRun.Of("check", temp.File("run"), "--report", temp.File("r.csv"), "--fail-on", "none").ExitCode.ShouldBe(0);

        ReportCsv.Read(temp.File("r.csv")).Rows.ShouldNotContain(r => r["check"] == "terminology.consistency");
    }
}
