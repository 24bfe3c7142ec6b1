using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.number for figures bounded the other way than the source bounds them.</summary>
public sealed class NumberBoundCheckTests
{
    private const string Check = "accuracy.number";

    [Theory]
    [InlineData("에너지 밀도는 20% 이상 높아졌다.", "Energy density rose by up to 20 percent.", "up to 20 percent", "more than")]
    [InlineData("참가자는 300명 미만이었다.", "There were more than 300 participants.", "more than 300", "up to")]
    [InlineData("피해액은 최대 50억원으로 추산된다.", "Damage is estimated at over 5 billion won.", "over 5 billion", "up to")]
    [InlineData("1만명 넘게 모였다.", "Fewer than 10,000 people gathered.", "Fewer than 10,000", "more than")]
    [InlineData("내륙에는 15㎝ 이상의 눈이 쌓이겠다.", "Up to 15 cm of snow will pile up inland.", "Up to 15", "more than")]
    [InlineData("순간 초속 25m가 넘는 돌풍이 불었다.", "Gusts of up to 25 meters per second blew.", "up to 25", "more than")]
    [InlineData("현장에는 최대 초속 15m의 강풍이 불었다.", "Winds of at least 15 meters per second blew at the site.", "at least 15", "up to")]
    [InlineData("60대 이상에서 지지가 높았다.", "Support was higher among those aged 60 and younger.", "60 and younger", "or older")]
    [InlineData("만 18세 이하 청소년은 무료다.", "Young people aged 18 or over get in free.", "18 or over", "or less")]
    [InlineData("주 36시간 미만 취업자는 늘고 36시간 이상 취업자는 줄었다.", "Those working more than 36 hours rose, while those working 36 hours or more fell.", "more than 36", "up to")]
    [InlineData("실무그룹은 연 2회 이상 회의를 연다.", "The working group will meet up to twice a year.", "up to twice", "more than")]
    [InlineData("실무그룹은 연 3회 이상 회의를 연다.", "The working group will meet up to three times a year.", "up to three", "more than")]
    [InlineData("참가자는 5명 미만이었다.", "There were more than five participants.", "more than five", "up to")]
    [InlineData("규모 1.0 이상 여진이 15차례 발생했다.", "Fifteen aftershocks of magnitude 1.0 or lower occurred.", "1.0 or lower", "or more")]
    public void Should_report_a_figure_bounded_the_other_way(string korean, string english, string found, string expected)
    {
        var finding = CheckRun.Findings(korean + "\n", english + "\n", Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Severity.ShouldBe(Severity.Major);
    }

    [Theory]
    [InlineData("에너지 밀도는 20% 이상 높아졌다.", "Energy density rose by more than 20 percent.")]
    [InlineData("에너지 밀도는 20% 이상 높아졌다.", "Energy density rose by at least 20 percent.")]
    [InlineData("에너지 밀도는 20% 높아졌다.", "Energy density rose by up to 20 percent.")]
    [InlineData("참가자는 300명 미만이었다.", "There were fewer than 300 participants.")]
    [InlineData("피해액은 최대 50억원으로 추산된다.", "Damage is estimated at up to 5 billion won.")]
    [InlineData("기온은 영하 10도 이하로 떨어졌다.", "Temperatures fell below minus 10 degrees.")]
    [InlineData("3명이 숨지고 20명 이상이 다쳤다.", "Three people died and up to 3 others were hurt, with more than 20 injured.")]
    [InlineData("내륙에는 15㎝ 이상의 눈이 쌓이겠다.", "More than 15 cm of snow will pile up inland.")]
    [InlineData("순간 초속 25m의 돌풍이 불었다.", "Gusts of up to 25 meters per second blew.")]
    [InlineData("길이 20m 지점에서 이상 징후가 발견됐다.", "Signs of trouble were found up to 20 meters along.")]
    [InlineData("현장에는 최대 초속 15m의 강풍이 불었다.", "Winds of up to 15 meters per second blew at the site.")]
    [InlineData("60대 이상에서 지지가 높았다.", "Support was higher among those aged 60 and older.")]
    [InlineData("20% 이상 줄었다.", "It fell 20 percent or more.")]
    [InlineData("규모 1.0 이상 여진이 15차례 발생했다.", "Fifteen aftershocks of magnitude 1.0 or higher occurred.")]
    [InlineData("환율은 1천460 between 1천490원에서 움직였다.", "The rate moved between 1,460 and 1,490 won.")]
    [InlineData("주 36시간 미만 취업자는 늘고 36시간 이상 취업자는 줄었다.", "Those working fewer than 36 hours rose, while those working 36 hours or more fell.")]
    [InlineData("실무그룹은 연 2회 이상 회의를 연다.", "The working group will meet at least twice a year.")]
    [InlineData("실무그룹은 연 3회 이상 회의를 연다.", "The working group will meet three or more times a year.")]
    [InlineData("수출은 2배 이상 늘었다.", "Exports more than doubled.")]
    [InlineData("실무그룹은 연 2회 회의를 연다.", "The working group will meet up to twice a year.")]
    [InlineData("참가자는 5명 미만이었다.", "There were fewer than five participants, up to two of them officials.")]
    public void Should_leave_a_figure_bounded_the_same_way_or_not_at_all(string korean, string english)
    {
        CheckRun.Findings(korean + "\n", english + "\n", Check).ShouldBeEmpty();
    }
}
