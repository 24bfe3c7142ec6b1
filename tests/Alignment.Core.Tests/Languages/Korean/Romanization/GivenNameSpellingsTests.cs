using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

public sealed class GivenNameSpellingsTests
{
    [Theory]
    [InlineData("준영", "Jun-young")]
    [InlineData("준영", "Joon-yeong")]
    [InlineData("연아", "Yu-na")]
    [InlineData("정은", "Jong-un")]
    [InlineData("덕수", "Duck-soo")]
    [InlineData("경화", "Kyung-wha")]
    [InlineData("의용", "Eui-yong")]
    [InlineData("희정", "Hee-jung")]
    [InlineData("석열", "Suk Yeol")]
    [InlineData("태원", "Tae-won")]
    [InlineData("우진", "Woo-jin")]
    [InlineData("시우", "Siwoo")]
    [InlineData("서진", "Seo-jin")]
    [InlineData("성민", "Sung-min")]
    [InlineData("연희", "Yun-hee")]
    public void Should_accept_the_spellings_english_copy_uses(string hangul, string latin)
    {
        GivenNameSpellings.Instance.Spells(hangul, latin).ShouldBeTrue();
    }

    [Theory]
    [InlineData("준영", "Jin-young")]
    [InlineData("서연", "Seo-jin")]
    [InlineData("창용", "Chang-yeong")]
    [InlineData("상민", "Sung-min")]
    [InlineData("현수", "Hyun-woo")]
    [InlineData("우진", "Yoo-jin")]
    [InlineData("준영", "Jun")]
    [InlineData("서진", "Su-jin")]
    [InlineData("준", "Jun-young")]
    public void Should_refuse_a_spelling_of_another_name(string hangul, string latin)
    {
        GivenNameSpellings.Instance.Spells(hangul, latin).ShouldBeFalse();
    }
}
