using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>
/// accuracy.date (weekdays told by relative days): 전날 and 이날 count from the lead's day, 이튿날 from the day told
/// last; against the eve of something named (선거 전날) and a relative day beside a day of its own.
/// </summary>
public sealed class WeekdayCheckRelativeDayTests
{
    private const string Check = "accuracy.date";

    // July 17 is a Thursday in the years this story fits (2025, 2031 …), and the 16th a Wednesday.
    private static string Korean(string second) =>
        "집중호우\n\n(서울=뉴시스) 기자 = 중앙재난안전대책본부는 17일 집중호우로 2명이 숨졌다고 밝혔다.\n"
        + second + "\n"
        + "기상청은 이번 비가 19일까지 이어지겠다고 내다봤다.\n";

    private static string English(string second) =>
        "Heavy rain\n\nSEOUL, July 17 (Newsis) -- Two people were killed in heavy rain, the disaster headquarters said Thursday.\n"
        + second + "\n"
        + "The weather agency expects the rain to last through July 19.\n";

    // Two English weekdays that no year has together: either may be the wrong one, so minor and no fix.
    [Fact]
    public void Should_report_a_weekday_that_is_not_the_day_before_the_leads()
    {
        var english = English("More than 90 mm of rain an hour has fallen in the region since Tuesday.");

        var finding = CheckRun.Findings(Korean("이 지역에는 전날부터 시간당 90㎜가 넘는 비가 내렸다."), english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Found.ShouldBe("Tuesday");
        finding.Message.ShouldContain("전날 (16일)");
    }

    [Fact]
    public void Should_date_the_next_day_from_the_day_told_last()
    {
        var korean = Korean("선수단은 18일 귀국한다. 대표팀은 이튿날 오전 해산한다.");
        var english = English("The team returns home on Friday. The squad will disband on Friday morning.");

        var finding = CheckRun.Findings(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe("Friday");
        finding.TargetStart.ShouldBe(english.LastIndexOf("Friday", StringComparison.Ordinal));
        finding.Expected.ShouldBe("Saturday");
    }

    [Theory]
    [InlineData("이 지역에는 전날부터 시간당 90㎜가 넘는 비가 내렸다.", "More than 90 mm of rain an hour has fallen in the region since Wednesday.")]
    [InlineData("이 지역에는 이날 오전부터 비가 내렸다.", "Rain began falling in the region on Thursday morning.")]
    [InlineData("선거 전날 비가 내렸다.", "It rained on Monday, the eve of the vote.")]
    [InlineData("전날인 16일 오후부터 비가 내렸다.", "Rain began falling on the afternoon of July 16, a Wednesday.")]
    [InlineData("어린이날 행사는 취소됐다.", "Children's Day events set for Monday were canceled.")]
    public void Should_leave_relative_days_that_fit_or_are_not_the_leads(string korean, string english)
    {
        CheckRun.Findings(Korean(korean), English(english), Check).ShouldBeEmpty();
    }
}
