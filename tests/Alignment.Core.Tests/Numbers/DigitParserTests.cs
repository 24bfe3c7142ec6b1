using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

public sealed class DigitParserTests
{
    [Theory]
    [InlineData("정부는 10일 발표했다.", true)]
    [InlineData("The budget rose 2.75 percent.", true)]
    [InlineData("정부는 １０일 발표했다.", true)]
    [InlineData("정부는 열흘 만에 발표했다.", false)]
    [InlineData("Officials met on Sunday for an hour and a half.", false)]
    [InlineData("", false)]
    public void Should_see_a_digit_where_a_regex_digit_would(string text, bool expected)
    {
        DigitParser.HasDigit(text).ShouldBe(expected);
    }

    [Fact]
    public void Should_fold_full_width_digits_one_character_for_one()
    {
        DigitParser.Fold("１０:３０ a.m.").ShouldBe("10:30 a.m.");
        var plain = "no digits here, 10 ASCII ones";
        DigitParser.Fold(plain).ShouldBeSameAs(plain);
    }

    [Fact]
    public void Should_read_full_width_figures_as_their_values_at_their_offsets()
    {
        var english = new EnglishNumberReader().Read("The meeting began at １０:３０ a.m. with ３ billion won.");
        english.Select(m => (m.Value, m.Start)).ShouldContain((630m, 21));
        english.Select(m => m.Value).ShouldContain(3_000_000_000m);
        var korean = KoreanProfile.Instance.Numbers.Read("정부는 １０일 ３０억 원을 지원했다.");
        korean.Select(m => (m.Value, m.Start)).ShouldBe([(10m, 4), (3_000_000_000m, 8)]);
    }
}
