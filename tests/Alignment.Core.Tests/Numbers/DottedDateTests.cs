using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>2024.10.24: a Korean date written with full stops is its year, month and day, as 2024년 10월 24일 is.</summary>
public sealed class DottedDateTests
{
    [Theory]
    [InlineData("정부는 2024.10.24 새 계획을 발표했다.", 2024, 10, 24)]
    [InlineData("개정법은 2023. 3. 1.부터 시행된다.", 2023, 3, 1)]
    [InlineData("협정은 1998.07.05 서명됐다.", 1998, 7, 5)]
    [InlineData("회의는 2008.6.15에 열렸다.", 2008, 6, 15)] // was the decimal 2008.6
    public void Should_read_a_dotted_date_as_year_month_and_day(string text, int year, int month, int day)
    {
        var mentions = KoreanProfile.Instance.Numbers.Read(text);

        mentions.Select(m => (m.Kind, m.Value)).ShouldBe([(NumberKind.Year, year), (NumberKind.Month, month), (NumberKind.Day, day)]);
        mentions.ShouldAllBe(m => m.Text == text.Substring(m.Start, m.End - m.Start));
        mentions[0].Text.ShouldBe(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("코스피는 2005.10으로 마감했다.", 2005.10)] // an index value, or a year and month: left a figure
    [InlineData("환율은 1180.5원이다.", 1180.5)]
    [InlineData("버전 3.10.24가 배포됐다.", 3.10)] // no year
    public void Should_leave_figures_that_are_no_full_date(string text, double first)
    {
        var mentions = KoreanProfile.Instance.Numbers.Read(text);

        mentions.ShouldNotContain(m => m.Kind == NumberKind.Year);
        mentions[0].Value.ShouldBe((decimal)first);
    }

    [Fact]
    public void Should_find_no_number_missing_when_the_english_writes_the_date_out()
    {
        var findings = CheckRun.Bare("정부는 2024.10.24 새 계획을 발표했다.", "The government announced a new plan on Oct. 24, 2024.", "accuracy.number");

        findings.ShouldBeEmpty();
    }

    [Fact]
    public void Should_still_report_a_wrong_day()
    {
        var findings = CheckRun.Of("정부는 2024.10.24 새 계획을 발표했다.\n계획은 내년부터 시행된다.\n", "The government announced a new plan on Oct. 25, 2024.\nThe plan takes effect next year.\n", glossary: null)
            .Findings.Where(f => f.Check == "accuracy.date");

        findings.ShouldHaveSingleItem().Found.ShouldBe("25");
    }
}
