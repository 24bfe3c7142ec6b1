using System.Globalization;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

/// <summary>What a Korean number counts, read from the unit glued after it; values in the invariant culture.</summary>
public sealed class KoreanNumberKindTests
{
    [Theory]
    [InlineData("소비자물가가 15.3% 올랐다.", "15.3%", "15.3", NumberKind.Percent)]
    [InlineData("기준금리를 0.25%포인트 올렸다.", "0.25%포인트", "0.25", NumberKind.PercentagePoint)]
    [InlineData("기준금리를 0.25%p 올렸다.", "0.25%p", "0.25", NumberKind.PercentagePoint)]
    [InlineData("2024년 총선이 치러졌다.", "2024년", "2024", NumberKind.Year)]
    [InlineData("11월 회의에서 논의한다.", "11월", "11", NumberKind.Month)]
    [InlineData("격차를 2배나 벌렸다.", "2배", "2", NumberKind.Multiplier)]
    [InlineData("수출이 1.5배 늘었다.", "1.5배", "1.5", NumberKind.Multiplier)]
    [InlineData("원유 2배럴을 샀다.", "2", "2", NumberKind.Cardinal)]
    [InlineData("회담은 17일 열린다.", "17일", "17", NumberKind.Day)]
    [InlineData("회의는 오후 3시 30분에 시작됐다.", "3시 30분", "930", NumberKind.Time)]
    [InlineData("회의는 오전 9시에 끝났다.", "9시", "540", NumberKind.Time)]
    [InlineData("예산은 3조 2천억 원이다.", "3조 2천억", "3200000000000", NumberKind.Cardinal)]
    [InlineData("집회에 2만여 명이 모였다.", "2만", "20000", NumberKind.Cardinal)]
    public void Should_read_the_kind_from_the_unit(string text, string written, string value, NumberKind kind)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
        mention.Kind.ShouldBe(kind);
        mention.Spelled.ShouldBeFalse();
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(written);
    }

    [Theory]
    [InlineData("제6차 당대회가 열렸다.")]
    [InlineData("6차 회의가 열렸다.")]
    [InlineData("6번째 회의가 열렸다.")]
    public void Should_read_a_round_as_an_ordinal(string text)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Value.ShouldBe(6m);
        mention.Kind.ShouldBe(NumberKind.Ordinal);
    }

    [Fact]
    public void Should_read_an_article_of_law_as_its_number_not_as_trillions()
    {
        var mention = KoreanProfile.Instance.Numbers.Read("헌법 제9조를 개정해야 한다.").ShouldHaveSingleItem();

        mention.Value.ShouldBe(9m);
        mention.Kind.ShouldNotBe(NumberKind.Cardinal);
    }

    [Theory]
    [InlineData("회의는 17일간 이어졌다.")]
    [InlineData("회담 17일째 합의가 나왔다.")]
    [InlineData("출국 17일만에 귀국했다.")]
    public void Should_not_read_a_glued_span_of_days_as_a_day_of_the_month(string text)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Value.ShouldBe(17m);
        mention.Kind.ShouldNotBe(NumberKind.Day);
    }

    [Theory]
    [InlineData("회의는 17일 동안 이어졌다.")]
    [InlineData("출국 17일 만에 귀국했다.")]
    public void Should_not_read_a_spaced_span_of_days_as_a_day_of_the_month(string text)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Kind.ShouldNotBe(NumberKind.Day);
    }

    [Fact]
    public void Should_read_a_weekday_as_its_number_from_monday()
    {
        var mention = KoreanProfile.Instance.Numbers.Read("회담은 화요일 열린다.").ShouldHaveSingleItem();

        mention.Text.ShouldBe("화요일");
        mention.Value.ShouldBe(2m);
        mention.Kind.ShouldBe(NumberKind.Weekday);
    }

    [Theory]
    [InlineData("울산은 28일(수) 포항과 맞붙는다.", "수", 3)]
    [InlineData("결승전은 7일 (일) 열린다.", "일", 7)]
    public void Should_read_the_weekday_a_schedule_writes_in_brackets_after_the_day(string text, string weekday, int value)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).Single(m => m.Kind == NumberKind.Weekday);

        mention.Text.ShouldBe(weekday);
        mention.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("회담은 28일(현지시간) 열렸다.")]
    [InlineData("보고서(수) 2부를 제출했다.")]
    [InlineData("목표(월) 달성률은 80%다.")]
    public void Should_not_read_a_bracket_that_is_no_weekday_of_a_day(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldNotContain(m => m.Kind == NumberKind.Weekday);
    }

    [Theory]
    [InlineData("G7 정상회의가 열렸다.")]
    [InlineData("F-35 전투기가 출격했다.")]
    [InlineData("한미 2+2 회의가 열렸다.")]
    [InlineData("9/11 테러를 추모했다.")]
    public void Should_not_read_digits_that_name_something(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldBeEmpty();
    }
}
