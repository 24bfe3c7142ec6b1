using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

public sealed class RomanizationMatcherTests
{
    private readonly RomanizationMatcher matcher = RomanizationMatcher.Default;

    [Theory]
    [InlineData("인태", "Intae")]
    [InlineData("인태", "Intai")]
    [InlineData("인태", "INTAE")]
    [InlineData("라브로프", "Lavrov")]
    [InlineData("클리퍼", "Clipper")]
    [InlineData("조태열", "Cho Tae-yeol")]
    [InlineData("조태열", "Cho Tae-yul")]
    [InlineData("조태열", "Chotaeyol")]
    [InlineData("김용현", "Kim Yong-hyun")]
    [InlineData("평양", "Pyongyang")]
    [InlineData("평양", "P'yŏngyang")]
    [InlineData("길주", "Kilju")]
    [InlineData("블레어", "Blair")]
    [InlineData("졸리", "Joly")]
    [InlineData("트럼프", "Trump")]
    [InlineData("푸틴", "Putin")]
    [InlineData("젤렌스키", "Zelensky")]
    [InlineData("김정은", "Kim Jong Un")]
    [InlineData("김정은", "Kim Jong-un")]
    [InlineData("함경북도", "Hamgyongbuk-do")]
    [InlineData("이재명", "Lee Jae-myung")]
    [InlineData("윤석열", "Yoon Suk Yeol")]
    [InlineData("최", "Choi")]
    [InlineData("서울", "Seoul")]
    [InlineData("부산", "Pusan")]
    [InlineData("마크롱", "Macron")]
    [InlineData("캐나다", "Canada")]
    public void Should_recognise_a_romanization(string hangul, string latin)
    {
        matcher.IsRomanizationOf(latin, hangul).ShouldBeTrue($"similarity {matcher.Similarity(hangul, latin):0.000}");
    }

    [Theory]
    [InlineData("인태", "Indo-Pacific")]
    [InlineData("인태", "Intel")]
    [InlineData("인태", "Indo")]
    [InlineData("조태열", "Kim Yong-hyun")]
    [InlineData("캐나다", "China")]
    [InlineData("외교부", "Foreign Ministry")]
    [InlineData("대화", "Dialogue")]
    [InlineData("한국", "Korea")]
    [InlineData("함경북도", "North Hamgyong Province")]
    public void Should_not_take_a_look_alike_or_a_translation_for_a_romanization(string hangul, string latin)
    {
        matcher.IsRomanizationOf(latin, hangul).ShouldBeFalse($"similarity {matcher.Similarity(hangul, latin):0.000}");
    }

    [Theory]
    [InlineData("인태", "Intae", 1.0)]
    [InlineData("캐나다", "Canada", 0.917)]
    [InlineData("마크롱", "Macron", 0.929)]
    [InlineData("인태", "Intel", 0.800)]
    [InlineData("인태", "Indo", 0.750)]
    [InlineData("캐나다", "China", 0.333)]
    public void Should_score_near_misses_on_either_side_of_the_threshold(string hangul, string latin, double expected)
    {
        matcher.Similarity(hangul, latin).ShouldBe(expected, tolerance: 0.001);
    }

    [Fact]
    public void Should_let_a_caller_choose_a_stricter_threshold()
    {
        var strict = new RomanizationMatcher(threshold: 0.95);
        strict.IsRomanizationOf("Canada", "캐나다").ShouldBeFalse();
        strict.IsRomanizationOf("Intae", "인태").ShouldBeTrue();
        Should.Throw<ArgumentOutOfRangeException>(() => new RomanizationMatcher(1.5));
    }

    [Theory]
    [InlineData("인태", "")]
    [InlineData("인태", "- ")]
    [InlineData("", "Intae")]
    [InlineData("1만", "Intae")]
    public void Should_score_zero_when_a_side_has_nothing_to_compare(string hangul, string latin) =>
        matcher.Similarity(hangul, latin).ShouldBe(0);
}
