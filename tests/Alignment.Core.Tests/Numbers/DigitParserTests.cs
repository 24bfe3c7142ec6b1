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
}
