using Alignment.Core.Languages.Korean;

namespace Alignment.Core.Tests.Languages.Korean;

/// <summary>
/// Korean glossary terms match with particles, bound suffixes and 하다/되다 endings glued on. A free noun glued on
/// (캐나다대사관, 인태지역) makes a compound that is not matched: the glossary lists such compounds itself. Bound
/// suffixes listed in particles.txt (산, 측, 인, 간) are not free nouns, so 캐나다산 does match 캐나다.
/// </summary>
public sealed class KoreanTermMatchingTests
{
    [Theory]
    [InlineData("인태", "양국은 인태에서 협력하기로 했다.", "인태에서")]
    [InlineData("인태", "인태는 핵심 지역이다.", "인태는")]
    [InlineData("인태", "인태의 평화가 중요하다.", "인태의")]
    [InlineData("캐나다", "캐나다와는 협력한다.", "캐나다와는")]
    [InlineData("캐나다", "캐나다의 입장을 들었다.", "캐나다의")]
    [InlineData("캐나다", "캐나다측은 환영했다.", "캐나다측은")]
    [InlineData("캐나다", "캐나다산 소고기를 수입한다.", "캐나다산")]
    [InlineData("캐나다", "캐나다, 일본과 회담했다.", "캐나다")]
    public void Should_match_a_term_with_particles_attached(string term, string text, string match)
    {
        Match(term, text).ShouldBe([match]);
    }

    [Theory]
    [InlineData("한-캐나다", "한·캐나다 외교장관 회담", "한·캐나다")]
    [InlineData("한-캐나다", "한캐나다 외교장관 회담", "한캐나다")]
    [InlineData("한-캐나다", "한 캐나다 외교장관 회담", "한 캐나다")]
    [InlineData("한-캐나다", "한ㆍ캐나다 외교장관 회담", "한ㆍ캐나다")]
    [InlineData("한·캐나다", "한-캐나다 외교장관 회담", "한-캐나다")]
    [InlineData("한-캐나다", "한-캐나다는 합의했다.", "한-캐나다는")]
    public void Should_match_a_compound_however_it_is_joined(string term, string text, string match)
    {
        Match(term, text).ShouldBe([match]);
    }

    [Theory]
    [InlineData("규탄", "정부는 도발을 규탄한다.", "규탄한다")]
    [InlineData("규탄", "정부는 도발을 규탄했다.", "규탄했다")]
    [InlineData("규탄", "정부는 도발을 규탄하며 대응을 예고했다.", "규탄하며")]
    [InlineData("규탄", "도발이 국제사회에서 규탄됐다.", "규탄됐다")]
    [InlineData("합의", "양측은 협력에 합의했다.", "합의했다")]
    public void Should_match_a_hada_verb_in_any_common_ending(string term, string text, string match)
    {
        Match(term, text).ShouldBe([match]);
    }

    [Theory]
    [InlineData("인태", "김인태 의원이 질의했다.")]
    [InlineData("인태", "인태지역 전략을 발표했다.")]
    [InlineData("캐나다", "주캐나다 대사가 부임했다.")]
    [InlineData("캐나다", "캐나다대사관이 성명을 냈다.")]
    [InlineData("규탄", "규탄대회가 열렸다.")]
    [InlineData("한-캐나다", "한--캐나다")]
    [InlineData("인태", "Intae")]
    public void Should_leave_look_alikes_alone(string term, string text)
    {
        Match(term, text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_the_match_where_it_stands()
    {
        var match = KoreanProfile.Instance.CompileTerm("캐나다", false).Matches("한국과 캐나다는 합의했다.").ShouldHaveSingleItem();

        match.Index.ShouldBe(4);
        match.Groups["suffix"].Value.ShouldBe("는");
    }

    private static string[] Match(string term, string text) =>
        KoreanProfile.Instance.CompileTerm(term, false).Matches(text).Select(m => m.Value).ToArray();
}
