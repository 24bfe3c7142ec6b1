using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.date for quarters and halves of the year (1분기, 상반기): the look-alikes; what it reports is in DateCheckTests.</summary>
public sealed class PeriodCheckTests
{
    private const string Check = "accuracy.date";

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
