using System.Globalization;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>
/// Korean ratio units (할, 푼, 리: a tenth, a hundredth, a thousandth, as in a batting average), English decimals
/// without a leading zero, and digits of HTML character references, which are not numbers.
/// </summary>
public sealed class RatioAndCharacterReferenceTests
{
    [Theory]
    [InlineData("그는 타율 2할6푼8리를 기록했다.", "2할6푼8리", "0.268")]
    [InlineData("그는 타율 3할 1푼 2리로 시즌을 마쳤다.", "3할 1푼 2리", "0.312")]
    [InlineData("시즌 타율은 3할이다.", "3할", "0.3")]
    [InlineData("타율이 2할5푼으로 떨어졌다.", "2할5푼", "0.25")]
    public void Should_read_korean_ratio_units_as_one_decimal(string text, string written, string value)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("전 품목 30%할인 행사가 열렸다.", "30")]
    [InlineData("20할인 쿠폰", "20")]
    [InlineData("그는 할 일이 3가지 있다고 말했다.", "3")]
    public void Should_leave_look_alikes_of_the_ratio_units_alone(string text, string value)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("He is hitting .268 this season.", ".268", "0.268")]
    [InlineData("He finished with a .312 average.", ".312", "0.312")]
    [InlineData("His average (.250) fell.", ".250", "0.25")]
    public void Should_read_an_english_decimal_without_a_leading_zero(string text, string written, string value)
    {
        var mention = EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Growth was 2.5 percent.", "2.5")]
    [InlineData("It ended in 2008.10 people came.", "2008.1")]
    [InlineData("The vote ended. 15 members stayed.", "15")]
    public void Should_not_read_the_fraction_of_a_decimal_or_a_full_stop_as_one(string text, string value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The results suggest the trip &#8212; and its coverage &#8212; helped.")]
    [InlineData("It was a jalape&ntilde;o pepper.")]
    public void Should_not_read_a_character_reference_as_a_number_in_english(string text)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_read_a_character_reference_as_a_number_in_korean()
    {
        KoreanProfile.Instance.Numbers.Read("회담은 &#8212; 예상대로 &#160;끝났다.").ShouldBeEmpty();
    }

    [Fact]
    public void Should_accept_a_batting_average_in_either_notation()
    {
        CheckRun.Bare("그는 타율 2할6푼8리, 홈런 22개를 기록했다.", "He is hitting .268 with 22 home runs.", "accuracy.number").ShouldBeEmpty();
    }

    [Fact]
    public void Should_flag_a_changed_batting_average()
    {
        CheckRun.Bare("그는 타율 2할6푼8리, 홈런 22개를 기록했다.", "He is hitting .286 with 22 home runs.", "accuracy.number").ShouldNotBeEmpty();
    }
}
