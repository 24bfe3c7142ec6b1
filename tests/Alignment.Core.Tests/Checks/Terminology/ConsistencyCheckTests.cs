using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.consistency: one glossary term rendered one way, then another, within a story.</summary>
public sealed class ConsistencyCheckTests
{
    private const string Check = "terminology.consistency";

    // "Unification" alone is listed so that the term is seen inside an unlisted phrase such as "Unification Department".
    private const string Glossary = "source,target,forbidden,note\n통일부,Ministry of Unification|Unification Ministry|Unification,,\n";

    private const string Korean =
        "통일부는 2일 북한에 남북 대화를 제안했다.\n" +
        "통일부는 북한이 아직 응답하지 않았다고 밝혔다.\n" +
        "정부는 인도적 지원도 검토하고 있다.\n" +
        "통일부는 이번 주 안에 추가 입장을 낼 예정이다.\n";

    private const string First = "The Ministry of Unification proposed inter-Korean talks to North Korea on the 2nd.\n";
    private const string Rest =
        "The government is also considering humanitarian aid.\n" +
        "The Ministry of Unification plans to issue a further statement within this week.\n";

    [Fact]
    public void Should_report_a_second_rendering_the_glossary_does_not_list()
    {
        const string second = "The Unification Department said North Korea has not yet responded.";
        var english = First + second + "\n" + Rest;

        var finding = CheckRun.Of(Korean, english, Glossary).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Found.ShouldBe("Unification Department");
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe("Unification Department");
        finding.Expected.ShouldBe("Ministry of Unification");
        finding.Suggestion.ShouldBe("The Ministry of Unification said North Korea has not yet responded.");
        finding.Segment.ShouldBe(2);
    }

    [Fact]
    public void Should_keep_the_possessive_in_the_suggestion()
    {
        const string korean = "통일부는 2일 북한에 남북 대화를 제안했다.\n통일부 대변인은 북한이 아직 응답하지 않았다고 밝혔다.\n정부는 인도적 지원도 검토하고 있다.\n";
        const string english = First + "The Unification Department's spokesperson said North Korea has not yet responded.\nThe government is also considering humanitarian aid.\n";

        var finding = CheckRun.Of(korean, english, Glossary).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Unification Department");
        finding.Suggestion.ShouldBe("The Ministry of Unification's spokesperson said North Korea has not yet responded.");
    }

    [Fact]
    public void Should_report_an_unlisted_rendering_that_comes_first()
    {
        var english = "The Unification Department proposed inter-Korean talks to North Korea on the 2nd.\nThe Ministry of Unification said North Korea has not yet responded.\n" + Rest;

        var finding = CheckRun.Of(Korean, english, Glossary).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Unification Department");
    }
}
