using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.date with years counted from the story's (내년, 지난해; next year, last year).</summary>
public sealed class DateCheckRelativeYearTests
{
    private const string Check = "accuracy.date";

    [Theory]
    [InlineData("면제 조치는 내년 6월 30일까지 이어진다.", "The exemption runs through June 30 this year.", "this year", "next year", "내년")]
    [InlineData("수출은 지난해보다 12% 늘었다.", "Exports rose 12 percent from this year.", "this year", "last year", "지난해")]
    [InlineData("올해 성장률은 2.1%로 예상된다.", "Growth is expected at 2.1 percent next year.", "next year", "this year", "올해")]
    [InlineData("올해 수출은 5% 늘 전망이다.", "Exports rose 5 percent a year earlier.", "a year earlier", "this year", "올해")]
    public void Should_report_a_year_counted_otherwise_than_the_korean(string korean, string english, string found, string expected, string source)
    {
        var text = korean + "\n";
        var finding = CheckRun.Findings(text, english + "\n", Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        text[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(source);
        finding.Suggestion.ShouldContain(expected);
    }

    [Theory]
    [InlineData("면제 조치는 내년 6월 30일까지 이어진다.", "The exemption runs through June 30 next year.")]
    [InlineData("올해 수출은 지난해보다 12% 늘었다.", "Exports this year rose 12 percent from last year.")]
    [InlineData("내년도 예산은 5% 늘었다.", "Next year's budget grew 5 percent.")]
    [InlineData("수출은 2024년보다 12% 늘었다.", "Exports rose 12 percent from last year.")]
    [InlineData("올림픽은 7월에 열린다.", "The Olympics open in July this year.")]
    [InlineData("가격이 올 들어 처음 내렸다.", "Prices fell for the first time this year.")]
    [InlineData("올해 1∼9월 수출은 1년 전보다 11.4% 줄었다.", "Exports in January-September fell 11.4 percent from a year earlier.")]
    [InlineData("올해 수출은 전년 대비 5% 늘었다.", "Exports rose 5 percent from a year earlier.")]
    public void Should_accept_the_year_the_korean_counts_or_a_year_it_does_not_name(string korean, string english)
    {
        CheckRun.Findings(korean + "\n", english + "\n", Check).ShouldBeEmpty();
    }
}
