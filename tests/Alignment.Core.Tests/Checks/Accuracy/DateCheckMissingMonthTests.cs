using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.date (minor): a month the Korean names on its own that the English leaves out altogether.</summary>
public sealed class DateCheckMissingMonthTests
{
    private const string Check = "accuracy.date";

    [Theory]
    [InlineData("영화는 다음 달 부산국제영화제에서 처음 공개된 뒤 11월 극장에서 개봉할 예정이다.", "The film will premiere at the Busan International Film Festival next month.", "11월", "November")]
    [InlineData("정부는 2026년 3월 새 제도를 시행한다.", "The government will introduce the new system in 2026.", "3월", "March")]
    public void Should_report_a_month_the_english_leaves_out(string korean, string english, string month, string expected)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Expected.ShouldBe(expected);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(month);
        finding.TargetStart.ShouldBeNull();
    }

    [Theory]
    [InlineData("회담은 9월 12일 열렸다.", "The talks were held on Thursday.")]
    [InlineData("사고는 지난 7월 마지막 토요일에 발생했다.", "The accident took place on a Saturday.")]
    [InlineData("3분기(7∼9월) 수출은 10% 늘었다.", "Exports rose 10 percent in the third quarter.")]
    [InlineData("2005년 10월 부임한 대사는 긴장을 불렀다.", "The ambassador, who took the post two months ago, raised tensions.")]
    [InlineData("영화는 11월 극장에서 개봉한다.", "The film opens in theaters next month.")]
    [InlineData("영화는 11월 극장에서 개봉한다.", "The film opens in theaters in November.")]
    public void Should_leave_a_month_the_english_gives_otherwise_or_that_is_part_of_a_date(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
