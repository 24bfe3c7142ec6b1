using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.omission (partial): a pair whose English is far shorter than the story's own length ratio predicts.</summary>
public sealed class PartialOmissionCheckTests
{
    private const string Check = "accuracy.omission";
    private const string Long = "양측은 양국 간 교역 규모를 크게 늘리고 핵심 광물 공급망 협력도 확대하기로 했다.";

    private const string Opening =
        "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n" +
        "두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n";

    private const string OpeningEnglish =
        "The Korea-Canada foreign ministers held talks in Seoul on the 2nd.\n" +
        "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.\n";

    private const string Closing = "외교부는 회담 결과를 3일 발표할 예정이다.\n";
    private const string ClosingEnglish = "The Foreign Ministry plans to announce the results on the 3rd.\n";

    [Fact]
    public void Should_report_a_translation_covering_a_fraction_of_a_long_sentence_as_minor()
    {
        const string korean = Opening + Long + "\n" + Closing;

        var report = CheckRun.Of(korean, OpeningEnglish + "The two sides will expand trade.\n" + ClosingEnglish);

        report.Alignment.Beads.ShouldAllBe(b => b.IsPair);
        var finding = report.Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Minor);
        finding.Segment.ShouldBe(3);
        korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(Long);
        finding.TargetStart.ShouldBeNull();
    }

    [Fact]
    public void Should_report_a_less_short_translation_that_leaves_several_words_without_counterpart()
    {
        const string clause = "반면 자동차 수출은 미국의 관세 부과 여파로 북미 시장 판매가 부진하면서 8.7% 감소한 55억 달러에 그쳤다.";
        const string korean = Opening + clause + "\n" + Closing;

        var finding = CheckRun.Findings(korean, OpeningEnglish + "In contrast, car exports fell 8.7 percent to $5.5 billion.\n" + ClosingEnglish, Check).ShouldHaveSingleItem();

        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(clause);
    }

    [Fact]
    public void Should_report_a_short_translation_that_drops_a_counted_figure_as_major()
    {
        const string clause = "이 과정에서 주택 47채와 창고 12동이 전소됐고, 진화 작업을 돕던 60대 주민 1명이 연기를 마셔 병원으로 옮겨졌다.";
        const string korean = Opening + clause + "\n" + Closing;

        var finding = CheckRun.Findings(korean, OpeningEnglish + "Forty-seven houses and 12 warehouses burned down.\n" + ClosingEnglish, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Message.ShouldContain("60대");
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(clause);
    }

    [Theory]
    // The figure the English keeps, for one of its twins; and a figure that counts nothing (a headline's year and month).
    [InlineData("쌍둥이 중에는 '넘버 16 버스 쉐터 (Number 16 Bus Shelter, 16번 버스 종착지)'라는 이름을 가진 아이도 있다고 판사는 지적했다.", "One was named Number 16 Bus Shelter.")]
    [InlineData("영화 '트와일라이트' 주말 박스오피스를 점령하며 흥행 돌풍을 일으켰다 2008.11", "Twilight hits big at the box office.")]
    public void Should_leave_a_short_translation_minor_when_no_counted_figure_is_lost(string korean, string english)
    {
        var finding = CheckRun.Findings(Opening + korean + "\n" + Closing, OpeningEnglish + english + "\n" + ClosingEnglish, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
    }

    [Fact]
    public void Should_not_report_a_concise_translation_that_keeps_the_words()
    {
        const string english = "Both sides will boost bilateral trade and mineral supply chain cooperation.\n";

        CheckRun.Findings(Opening + Long + "\n" + Closing, OpeningEnglish + english + ClosingEnglish, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_report_a_full_translation()
    {
        const string full = "The two sides agreed to greatly expand bilateral trade and to widen cooperation on critical mineral supply chains.\n";

        CheckRun.Findings(Opening + Long + "\n" + Closing, OpeningEnglish + full + ClosingEnglish, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_report_a_terse_translation_of_a_short_sentence()
    {
        CheckRun.Findings(Opening + "양측은 교역을 늘리기로 했다.\n" + Closing, OpeningEnglish + "More trade.\n" + ClosingEnglish, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_judge_a_story_of_fewer_than_three_pairs()
    {
        const string korean = "두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n" + Long + "\n";
        const string english = "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.\nThe two sides will expand trade.\n";

        var report = CheckRun.Of(korean, english);

        report.Alignment.Beads.Count.ShouldBe(2);
        report.Findings.ShouldNotContain(f => f.Check == Check);
    }
}
