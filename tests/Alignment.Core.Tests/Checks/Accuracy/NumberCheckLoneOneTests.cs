using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>
/// accuracy.number and a Korean 1 the English has no figure for: an article says it ("a year ago", "a man"), unless
/// its unit is missing as well (1시간, 1%포인트), which is a dropped figure.
/// </summary>
public sealed class NumberCheckLoneOneTests
{
    private const string Check = "accuracy.number";

    [Theory]
    [InlineData("아이 1명당 금리를 0.4%포인트씩, 최대 1%포인트까지 깎아준다.", "Rates will be cut by 0.4 percentage point per child.", "1%포인트")]
    [InlineData("출국장을 평소보다 1시간 이른 오전 5시에 연다.", "Departure areas will open at 5 a.m.", "1")]
    [InlineData("계약 기간은 1년이다.", "The contract runs until the project ends.", "1")]
    [InlineData("물가가 1% 올랐다.", "Prices rose.", "1%")]
    public void Should_report_a_one_whose_unit_the_english_lacks(string korean, string english, string source)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(source);
    }

    [Theory]
    [InlineData("출국장을 평소보다 1시간 이른 오전 5시에 연다.", "Departure areas will open at 5 a.m., an hour earlier than usual.")]
    [InlineData("금리를 1%포인트 내렸다.", "The rate was cut by a full percentage point.")]
    [InlineData("물가가 1년 전보다 2% 올랐다.", "Prices rose 2 percent from a year earlier.")]
    [InlineData("회비는 1년에 10만원이다.", "The fee is 100,000 won per year.")]
    [InlineData("회비는 1년 단위로 낸다.", "The fee is paid annually.")]
    [InlineData("1분기 영업이익이 늘었다.", "Operating profit rose in the first quarter.")]
    [InlineData("개관 1주년을 맞았다.", "It marked its first anniversary.")]
    [InlineData("1주당 배당금은 500원이다.", "The dividend is 500 won per share.")]
    [InlineData("남성 1명이 다쳤다.", "A man was injured.")]
    public void Should_accept_a_one_said_with_an_article_or_a_word(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_pair_a_percentage_point_with_its_own_kind_before_a_count()
    {
        // The 1 of 1명당 came first and took the only English 1, leaving 1%포인트 without its "1 percentage point".
        CheckRun.Bare("아이 1명당 금리를 0.4%포인트씩, 최대 1%포인트까지 깎아준다.", "Rates will be cut by 0.4 percentage point per child, up to 1 percentage point.", Check).ShouldBeEmpty();
    }
}
