using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.date for a day of the month read as a count of days.</summary>
public sealed class DayCountCheckTests
{
    private const string Check = "accuracy.date";

    [Theory]
    [InlineData("이번 대책은 지난 4일 열린 회의에서 논의됐다.", "The measures were discussed at a meeting held four days earlier.", "four days earlier", "on the 4th")]
    [InlineData("그는 지난 2일 귀국했다.", "He returned home 2 days ago.", "2 days ago", "on the 2nd")]
    public void Should_report_a_day_of_the_month_read_as_a_count(string korean, string english, string found, string expected)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
    }

    [Theory]
    [InlineData("선수단은 올림픽을 10일 앞두고 출국했다.", "The team left 10 days before the Olympics.")]
    [InlineData("그는 입원 3일 만에 퇴원했다.", "He left hospital three days later, three days after he was admitted.")]
    [InlineData("그는 지난 2일 귀국했다.", "He returned home on the 2nd, two days ago.")]
    [InlineData("그는 지난 2일 귀국했다.", "He returned home on Monday, five days ago.")]
    public void Should_leave_a_count_the_source_gives_or_a_day_the_english_dates(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_a_count_the_dateline_makes_right()
    {
        var korean = "(서울=연합뉴스) 홍길동 기자 = 정부는 6일 대책을 발표했다. 이 대책은 지난 3일 열린 회의에서 논의됐다.\n";
        var english = "SEOUL, June 6 (Yonhap) -- The government announced measures on Saturday. They were discussed at a meeting three days ago.\n";

        CheckRun.Findings(korean, english, Check).ShouldBeEmpty();
    }
}
