using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.omission and accuracy.addition graded by how sure the unpaired run is, over whole stories.</summary>
public sealed class UnpairedSeverityStoryTests
{
    private const string Korean =
        "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n" +
        "두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n" +
        "양측은 양국 간 교역 규모를 2030년까지 200억 달러로 늘리고 핵심 광물 공급망 협력도 확대하기로 했다.\n" +
        "외교부는 회담 결과를 3일 발표할 예정이다.\n";

    private const string Opening =
        "The Korea-Canada foreign ministers held talks in Seoul on the 2nd.\n" +
        "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.\n";

    private const string Closing = "The Foreign Ministry plans to announce the results on the 3rd.\n";

    [Fact]
    public void Should_grade_a_long_dropped_sentence_major()
    {
        var finding = CheckRun.Findings(Korean, Opening + Closing, "accuracy.omission").ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.SourceText.ShouldStartWith("양측은");
    }

    [Fact]
    public void Should_grade_a_lone_short_dropped_sentence_minor()
    {
        const string korean = "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n외교부는 회담 결과를 3일 발표할 예정이다.\n회담에는 17명이 배석했다.\n";

        var finding = CheckRun.Findings(korean, Opening + Closing, "accuracy.omission").ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.SourceText.ShouldBe("회담에는 17명이 배석했다.");
    }

    [Fact]
    public void Should_grade_a_lone_short_added_sentence_minor()
    {
        const string korean = "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n외교부는 회담 결과를 3일 발표할 예정이다.\n";

        var finding = CheckRun.Findings(korean, Opening + Closing + "Officials said 17 people attended.\n", "accuracy.addition").ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Found.ShouldBe("Officials said 17 people attended.");
    }

    [Fact]
    public void Should_grade_an_omission_beside_an_addition_minor_on_both_sides()
    {
        const string unrelated = "Hockey fans in Toronto celebrated as 41 players returned from 1998 Nagano.";

        var report = CheckRun.Of(Korean, Opening + unrelated + "\n" + Closing);

        var omission = report.Findings.Where(f => f.Check == "accuracy.omission").ShouldHaveSingleItem();
        var addition = report.Findings.Where(f => f.Check == "accuracy.addition").ShouldHaveSingleItem();
        omission.Severity.ShouldBe(Severity.Minor);
        addition.Severity.ShouldBe(Severity.Minor);
        addition.Found.ShouldBe(unrelated);
        Math.Abs(omission.Segment - addition.Segment).ShouldBe(1);
    }

    [Fact]
    public void Should_grade_a_run_of_added_sentences_major_and_report_it_once()
    {
        const string korean = "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n외교부는 회담 결과를 3일 발표할 예정이다.\n";
        const string added =
            "In an interview with a local broadcaster, one analyst said the talks were long overdue.\n" +
            "He added that trade between the two countries has grown steadily for years.\n" +
            "A second analyst disagreed, saying the timing was poor.";
        const string english = Opening + Closing + added + "\n";

        var finding = CheckRun.Findings(korean, english, "accuracy.addition").ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(added);
        finding.TargetStart.ShouldBe(english.IndexOf("In an interview", StringComparison.Ordinal));
        finding.TargetEnd.ShouldBe(english.Length - 1);
        finding.Segment.ShouldBe(4);
    }
}
