using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.date for quarters and halves of the year (1분기, 상반기).</summary>
public sealed class PeriodCheckTests
{
    private const string Check = "accuracy.date";

    [Theory]
    [InlineData("삼성전자는 1분기 영업이익이 6조원이라고 밝혔다.", "Samsung Electronics said its second-quarter operating profit was 6 trillion won.", "second", "first quarter", "Samsung Electronics said its first-quarter operating profit was 6 trillion won.")]
    [InlineData("양국은 내년 상반기 오타와에서 회의를 열기로 했다.", "The two sides agreed to meet in Ottawa in the second half of next year.", "second", "first half", "The two sides agreed to meet in Ottawa in the first half of next year.")]
    [InlineData("하반기 수출은 늘 전망이다.", "Exports are expected to rise in H1.", "1", "second half", "")]
    [InlineData("1/4분기 순이익이 늘었다.", "Net profit rose in Q2.", "2", "first quarter", "")]
    [InlineData("3분기 영업이익은 6조원이다.", "Operating profit for the April-June period was 6 trillion won.", "April-June", "third quarter", "")]
    [InlineData("올 시즌 전반기에 10승을 거뒀다.", "He won 10 games in the second half of the season.", "second", "first half", "He won 10 games in the first half of the season.")]
    public void Should_report_a_quarter_or_half_other_than_the_source(string korean, string english, string found, string expected, string suggestion)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(suggestion);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(found);
    }

    [Theory]
    [InlineData("삼성전자는 1분기 영업이익이 6조원이라고 밝혔다.", "Samsung Electronics said its first-quarter operating profit was 6 trillion won.")]
    [InlineData("3분기 영업이익은 6조원이다.", "Operating profit for the July-September period was 6 trillion won.")]
    [InlineData("3분기 영업이익은 6조원이다.", "Q3 operating profit was 6 trillion won.")]
    // Both quarters the Korean names, in either order.
    [InlineData("1분기 실적은 2분기보다 좋았다.", "First-quarter results beat the second quarter's.")]
    // A quarter as a share, or the one before; a half of a match (후반 31분); a quarterly report.
    [InlineData("상반기 수출이 늘었고 4분의 1은 중국으로 갔다.", "Exports rose in the first half, and a quarter went to China.")]
    [InlineData("3분기 실적은 지난 분기보다 나빴다.", "Third-quarter results were worse than last quarter's.")]
    [InlineData("그는 후반 31분 골을 넣었다.", "He scored in the 76th minute, early in the second half.")]
    [InlineData("회사는 분기별 배당을 늘렸다.", "The company raised its second-quarter dividend.")]
    public void Should_leave_the_source_period_or_one_it_does_not_name(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
