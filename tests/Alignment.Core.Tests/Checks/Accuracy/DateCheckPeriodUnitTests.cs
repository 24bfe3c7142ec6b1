using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.date with a relative period counted in another unit (지난달 as "last year", 지난해 as "last month").</summary>
public sealed class DateCheckPeriodUnitTests
{
    private const string Check = "accuracy.date";

    [Theory]
    [InlineData("그러나 지난달 집중호우로 약해진 지반이 많다.", "But much ground was weakened by heavy rain last year.", "last year", "last month", "지난달")]
    [InlineData("수출은 지난해 크게 늘었다.", "Exports rose sharply last month.", "last month", "last year", "지난해")]
    [InlineData("양국은 내달 실무 협의를 연다.", "The two sides will hold working-level talks next year.", "next year", "next month", "내달")]
    [InlineData("이번 달 물가는 안정세를 보였다.", "Prices were stable this year.", "this year", "this month", "이번 달")]
    // A month counted otherwise in the same unit, before a day too.
    [InlineData("수능은 다음 달 13일 치러진다.", "The exam will be held on the 13th of this month.", "this month", "next month", "다음 달")]
    [InlineData("지난달 수출이 늘었다.", "Exports rose this month.", "this month", "last month", "지난달")]
    public void Should_report_a_period_counted_in_another_unit(string korean, string english, string found, string expected, string source)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(english.Replace(found, expected, StringComparison.Ordinal));
        korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(source);
    }

    [Theory]
    [InlineData("그러나 지난달 집중호우로 약해진 지반이 많다.", "But much ground was weakened by heavy rain last month.")]
    // The month's figure against a year earlier: both units stand in the Korean.
    [InlineData("지난달 수출은 전년 동월 대비 5% 늘었다.", "Exports rose 5 percent last month from a year earlier.")]
    // A year of its own may be what "last year" stands for.
    [InlineData("이달 수출은 2024년 수준을 넘었다.", "Exports this month topped last year's level.")]
    // A month named as a date is read as a date, not a period.
    [InlineData("회담은 지난달 29일 열렸다.", "The talks were held on the 29th of last month.")]
    // A count of months: "a month" is a length of time here.
    [InlineData("그는 올 시즌 1달 이상 결장했다.", "He missed more than a month earlier this season.")]
    [InlineData("수출은 지난해 석 달 연속 줄었다.", "Exports fell for three months in a row last year, the worst run since last month's data began.")]
    [InlineData("수능은 다음 달 13일 치러진다.", "The exam will be held on the 13th of next month.")]
    [InlineData("수능은 다음 달 13일 치러진다.", "The exam will be held on Nov. 13.")]
    // Both units in the English: the month is kept.
    [InlineData("지난달 수출이 늘었다.", "Exports rose last month, the best since last year.")]
    public void Should_accept_a_period_in_its_own_unit_or_beside_the_other(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
