using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

public sealed class ForbiddenTermCheckTests
{
    private const string Check = "terminology.forbidden";

    [Theory]
    [InlineData("Korea-Canada foreign", "Korea-China foreign", "Korea-China", "한-캐나다", "Korea-Canada",
        "The Korea-Canada foreign ministers held talks in Seoul on the 2nd.", Severity.Critical)]
    [InlineData("Indo-Pacific region", "Intae region", "Intae", "인태", "Indo-Pacific",
        "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.", Severity.Major)]
    [InlineData("Indo-Pacific region", "intai region", "intai", "인태", "Indo-Pacific",
        "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.", Severity.Major)]
    public void Should_point_at_a_forbidden_rendering_and_correct_its_sentence(
        string original, string spoiled, string found, string source, string expected, string suggestion, Severity severity)
    {
        var english = Story.English.Replace(original, spoiled, StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(found);
        Story.Korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(source);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(suggestion);
        finding.Severity.ShouldBe(severity);
    }

    [Fact]
    public void Should_keep_the_possessive_in_the_suggestion()
    {
        var english = Story.English.Replace("The Korea-Canada foreign ministers", "Korea-China's foreign ministers", StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.Found.ShouldStartWith("Korea-China");
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(finding.Found);
        finding.Suggestion.ShouldBe("Korea-Canada's foreign ministers held talks in Seoul on the 2nd.");
    }

    [Fact]
    public void Should_leave_a_forbidden_word_alone_where_the_source_has_no_glossary_term()
    {
        var korean = Story.Korean.Replace("외교부는 회담 결과를", "한중 관계도 논의됐으며 외교부는 회담 결과를", StringComparison.Ordinal);
        var english = Story.English.Replace("The Foreign Ministry plans", "Korea-China ties were also discussed, and the Foreign Ministry plans", StringComparison.Ordinal);

        CheckRun.Findings(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_find_nothing_when_the_glossary_rendering_is_used()
    {
        CheckRun.Findings(Story.Korean, Story.English, Check).ShouldBeEmpty();
    }
}
