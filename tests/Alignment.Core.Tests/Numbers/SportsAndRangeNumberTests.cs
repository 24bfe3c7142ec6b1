using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

/// <summary>
/// Race times (1분44초51 = 1:44.51), relays (계영 800m = 4x200m), a duration and a half (4년 반), figures that name
/// a range (1조2천억원대), and numbers that name rather than count (고3, Tier 1, "for the 1st time").
/// </summary>
public sealed class SportsAndRangeNumberTests
{
    [Theory]
    [InlineData("결승에서 1분44초51로 터치패드를 찍었다.", "1분44초51", 104.51)]
    [InlineData("마지막 50m를 26초03에 주파했다.", "26초03", 26.03)]
    public void Should_read_a_korean_race_time_as_seconds(string text, string written, decimal seconds)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldContain(m => m.Text == written && m.Value == seconds);
    }

    [Theory]
    [InlineData("He touched the wall first in 1:44.51.", 104.51)]
    [InlineData("Chen clocked 1:44.63 for silver", 104.63)]
    public void Should_read_an_english_race_time_as_seconds_not_a_clock_time(string text, decimal seconds)
    {
        var read = EnglishProfile.Instance.Numbers.Read(text);

        read.ShouldContain(m => m.Value == seconds && m.Kind == NumberKind.Cardinal);
        read.ShouldNotContain(m => m.Kind == NumberKind.Time);
    }

    [Fact]
    public void Should_still_read_a_clock_time()
    {
        EnglishProfile.Instance.Numbers.Read("The meeting started at 10:30.").ShouldHaveSingleItem().Kind.ShouldBe(NumberKind.Time);
    }

    [Fact]
    public void Should_read_a_relay_as_its_whole_distance_with_the_leg_as_an_alternate()
    {
        var relay = EnglishProfile.Instance.Numbers.Read("the men's 4x200m freestyle relay").ShouldHaveSingleItem();

        relay.Value.ShouldBe(800);
        relay.Alternates.ShouldBe([200m]);
    }

    [Theory]
    [InlineData("4년 반가량 중단됐다.", 4.5, 54)]
    [InlineData("회의는 2시간 반 동안 이어졌다.", 2.5, 150)]
    public void Should_read_a_duration_and_a_half(string text, decimal value, decimal smaller)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Value.ShouldBe(value);
        mention.Alternates.ShouldBe([smaller]);
    }

    [Theory]
    [InlineData("반대 의견이 3년 반도체 수출을 막았다.", 3)]
    public void Should_leave_a_word_that_starts_with_half(string text, decimal value)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("순이익은 1조2천억원대다.", 1_200_000_000_000, 1_300_000_000_000)]
    [InlineData("성장률은 3%대로 떨어졌다.", 3, 4)]
    [InlineData("20만원대 제품이 팔렸다.", 200_000, 300_000)]
    public void Should_read_a_figure_that_names_a_range(string text, decimal value, decimal below)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Value.ShouldBe(value);
        mention.Below.ShouldBe(below);
    }

    [Theory]
    [InlineData("차량 2대가 부서졌다.")]
    [InlineData("순이익은 1조2천억원이다.")]
    public void Should_not_read_a_counter_or_a_plain_figure_as_a_range(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Below.ShouldBeNull();
    }

    [Theory]
    [InlineData("재학생이 고3이 되면서 늘었다.")]
    public void Should_read_a_school_year_as_a_name(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Spelled.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Births rise for 1st time in 9 years", 1)]
    [InlineData("the common equity Tier 1 ratio", 1)]
    public void Should_read_an_english_number_that_names_as_spelled(string text, decimal value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldContain(m => m.Value == value && m.Spelled);
    }

    [Theory]
    [InlineData("for the first three quarters", 3)]
    [InlineData("over the past two quarters", 2)]
    public void Should_read_counted_quarters_as_a_count_not_a_share(string text, decimal value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldContain(m => m.Value == value && m.Kind == NumberKind.Cardinal);
    }

    [Theory]
    [InlineData("서울은 16일 연속 열대야가 나타났다.")]
    [InlineData("열대야가 16일째 이어졌다.")]
    [InlineData("회의는 3일간 열렸다.")]
    public void Should_read_a_count_of_days_as_no_date(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldNotContain(m => m.Kind == NumberKind.Day);
    }
}
