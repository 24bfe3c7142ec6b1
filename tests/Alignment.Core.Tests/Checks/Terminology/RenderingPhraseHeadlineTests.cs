using Alignment.Core.Checks.Terminology;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>Headline and list forms of a rendering: S. Korea, "X, Y" for "X and Y", an acronym's plural, a minister's title.</summary>
public sealed class RenderingPhraseHeadlineTests
{
    private const string CanadaGlossary = "source,target,forbidden,note,severity\n한-캐나다,Korea-Canada|South Korea and Canada,Korea-China,,critical\n";

    [Theory]
    [InlineData("S. Korea, Canada", "South Korea and Canada")]
    [InlineData("N. Korea", "North Korea")]
    [InlineData("MOUs", "MOU")]
    [InlineData("Trade, Industry & Energy", "Trade, Industry and Energy")]
    public void Should_normalize_headline_forms_to_the_words_they_stand_for(string written, string listed)
    {
        RenderingPhrase.Normalize(written).ShouldBe(RenderingPhrase.Normalize(listed));
    }

    [Theory]
    [InlineData("Trade, Industry and Energy Minister", "Ministry of Trade, Industry and Energy", false)]
    [InlineData("MOUs", "MOU", false)]
    [InlineData("Unification Department", "Ministry of Unification", true)]
    [InlineData("Finance and Economy Ministry", "Ministry of Economy and Finance", true)]
    public void Should_tell_a_title_or_plural_from_another_rendering(string a, string b, bool differs)
    {
        RenderingPhrase.Differs(a, b).ShouldBe(differs);
    }

    [Fact]
    public void Should_find_the_glossary_rendering_in_a_headline()
    {
        var report = CheckRun.Of("한-캐나다 외교장관 회담 열려\n", "S. Korea, Canada hold foreign ministers' talks\n", CanadaGlossary);

        report.Findings.ShouldNotContain(f => f.Check == "terminology.glossary");
    }

    [Fact]
    public void Should_still_report_a_headline_that_drops_the_partner()
    {
        var report = CheckRun.Of("한-캐나다 외교장관 회담 열려\n", "S. Korea holds foreign ministers' talks\n", CanadaGlossary);

        report.Findings.ShouldContain(f => f.Check == "terminology.glossary");
    }
}
