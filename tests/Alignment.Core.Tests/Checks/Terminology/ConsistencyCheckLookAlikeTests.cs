using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.consistency must leave alone listed alternatives, titles with names, and repeats.</summary>
public sealed class ConsistencyCheckLookAlikeTests
{
    private const string Check = "terminology.consistency";
    private const string Glossary = "source,target,forbidden,note\n통일부,Ministry of Unification|Unification Ministry|Unification,,\n";
    private const string GlossaryWithTitle = "source,target,forbidden,note\n통일부,Ministry of Unification|Unification Ministry|unification minister|Unification,,\n";

    private const string Korean =
        "통일부는 2일 북한에 남북 대화를 제안했다.\n" +
        "통일부는 북한이 아직 응답하지 않았다고 밝혔다.\n" +
        "정부는 인도적 지원도 검토하고 있다.\n";

    private const string KoreanWithMinister =
        "통일부는 2일 북한에 남북 대화를 제안했다.\n" +
        "김영호 통일부 장관은 북한이 아직 응답하지 않았다고 밝혔다.\n" +
        "정부는 인도적 지원도 검토하고 있다.\n";

    [Fact]
    public void Should_leave_a_second_match_that_is_part_of_another_name_beside_the_terms_rendering()
    {
        const string glossary = "source,target,forbidden,note\n고용노동부,Ministry of Employment and Labor|Employment and Labor,,\n";
        const string korean = "고용노동부 부산지방고용노동청은 노사 양측을 만났다.\n";
        const string english = "The Busan Regional Employment and Labor Office under the Ministry of Employment and Labor met with both sides.\n";

        CheckRun.Of(korean, english, glossary).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("The Unification Ministry said North Korea has not yet responded.")]
    [InlineData("The unification ministry said North Korea has not yet responded.")]
    [InlineData("The Ministry of Unification said North Korea has not yet responded.")]
    public void Should_accept_a_listed_or_repeated_second_rendering(string second)
    {
        Findings(Korean, second, Glossary).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Glossary)]
    [InlineData(GlossaryWithTitle)]
    public void Should_accept_a_title_followed_by_a_name(string glossary)
    {
        Findings(KoreanWithMinister, "Unification Minister Kim Yung-ho said North Korea has not yet responded.", glossary).ShouldBeEmpty();
    }

    [Fact]
    public void Should_end_a_rendering_at_a_possessive()
    {
        const string korean = "국회는 2일 예산안을 처리했다.\n국회 국방위원회 소속 의원은 예산 확대를 요구했다.\n정부는 검토하겠다고 밝혔다.\n";
        const string english = "The National Assembly passed the budget bill on the 2nd.\n" +
            "A member of the National Assembly's National Defense Committee called for a bigger budget.\n" +
            "The government said it would review the request.\n";

        CheckRun.Of(korean, english, "source,target,forbidden,note\n국회,National Assembly|parliament,,\n").Findings.ShouldNotContain(f => f.Check == Check);
    }

    private static IEnumerable<Finding> Findings(string korean, string second, string glossary)
    {
        var english =
            "The Ministry of Unification proposed inter-Korean talks to North Korea on the 2nd.\n" +
            second + "\n" +
            "The government is also considering humanitarian aid.\n";
        var report = CheckRun.Of(korean, english, glossary);
        report.Alignment.Beads.Count.ShouldBe(3, "each sentence must pair with its translation for the check to compare them");
        return report.Findings.Where(f => f.Check == Check);
    }
}
