using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

public sealed class UntranslatedCheckTests
{
    private const string Check = "accuracy.untranslated";

    [Fact]
    public void Should_report_a_korean_dateline_with_its_english_form()
    {
        var english = Story.English.Replace("[Seoul=Newsis]", "[서울=뉴시스]", StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("[서울=뉴시스]");
        finding.Expected.ShouldBe("[Seoul=Newsis]");
        (finding.TargetStart, finding.TargetEnd).ShouldBe((0, 8));
        finding.Segment.ShouldBe(1);
    }

    [Theory]
    [InlineData("security cooperation", "안보 cooperation", "안보", "")]
    [InlineData("in the Indo-Pacific region", "in the 인태 region", "인태", "Indo-Pacific")]
    public void Should_report_a_hangul_word_left_in_the_english(string original, string spoiled, string found, string expected)
    {
        var english = Story.English.Replace(original, spoiled, StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Segment.ShouldBe(2);
    }

    [Fact]
    public void Should_point_at_the_source_words_the_english_kept()
    {
        var english = Story.English.Replace("in the Indo-Pacific region", "in the 인태 region", StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.SourceStart.ShouldNotBeNull();
        Story.Korean.Substring(finding.SourceStart.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe("인태");
        Story.Korean.IndexOf("인태", StringComparison.Ordinal).ShouldBe(finding.SourceStart.Value);
    }

    [Fact]
    public void Should_leave_the_source_span_empty_when_its_pair_lacks_those_words()
    {
        // Hangul that is not in the pair's source (another sentence's word, or a misspelling) has no source span.
        var english = Story.English.Replace("security cooperation", "외교부 cooperation", StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("외교부");
        finding.SourceStart.ShouldBeNull();
        finding.SourceEnd.ShouldBeNull();
    }

    [Fact]
    public void Should_suggest_the_sentence_with_the_glossary_rendering()
    {
        var english = Story.English.Replace("in the Indo-Pacific region", "in the 인태 region", StringComparison.Ordinal);

        CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem().Suggestion
            .ShouldBe("The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.");
    }

    [Theory]
    [InlineData("security cooperation", "Hanmi and Hanil cooperation")]
    [InlineData("in Seoul", "in Seoul (Séoul)")]
    [InlineData("$20 billion", "20 billion won (₩)")]
    public void Should_leave_romanized_and_latin_text_alone(string original, string variant)
    {
        CheckRun.Findings(Story.Korean, Story.English.Replace(original, variant, StringComparison.Ordinal), Check).ShouldBeEmpty();
    }
}
