using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.glossary: the English renders another term of the glossary of the same kind in place of the source's.</summary>
public sealed class GlossaryTermSwapTests
{
    private const string Check = "terminology.glossary";

    private const string Glossary = "source,target,forbidden,note\n" +
        "코스피,KOSPI|Korea Composite Stock Price Index,,\n" +
        "코스닥,KOSDAQ,,\n" +
        "국방부,Ministry of National Defense|Defense Ministry,,\n" +
        "통일부,Ministry of Unification|Unification Ministry,,\n" +
        "인태,Indo-Pacific,,\n" +
        "북한,North Korea|North Korean,,\n";

    [Theory]
    [InlineData("코스피는 1.8% 내린 2,412.30으로 마감했다.", "The KOSDAQ fell 1.8 percent to close at 2,412.30.", "KOSDAQ", "KOSPI", "The KOSPI fell 1.8 percent to close at 2,412.30.")]
    [InlineData("국방부는 훈련 계획을 발표했다.", "The Ministry of Unification announced the drill plan.", "Ministry of Unification", "Ministry of National Defense", "The Ministry of National Defense announced the drill plan.")]
    public void Should_report_a_term_of_the_same_kind_in_the_sources_place(string korean, string english, string found, string expected, string suggestion)
    {
        var finding = CheckRun.Of(korean + "\n", english + "\n", Glossary).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(suggestion);
    }

    [Theory]
    // A term of another kind the English adds is no stand-in: the source's term is only left out (minor).
    [InlineData("두 장관은 인태 지역 안보 협력을 논의했다.", "The two ministers discussed security cooperation on North Korea.")]
    [InlineData("코스피는 1.8% 내렸다.", "Stocks fell 1.8 percent as North Korea fired a missile.")]
    public void Should_leave_a_term_of_another_kind_minor(string korean, string english)
    {
        CheckRun.Of(korean + "\n", english + "\n", Glossary).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Minor);
    }

    [Fact]
    public void Should_leave_both_terms_the_source_says()
    {
        CheckRun.Of("코스피는 1.8% 내렸고 코스닥은 2.1% 내렸다.\n", "The KOSPI fell 1.8 percent and the KOSDAQ 2.1 percent.\n", Glossary).Findings.ShouldNotContain(f => f.Check == Check);
    }
}
