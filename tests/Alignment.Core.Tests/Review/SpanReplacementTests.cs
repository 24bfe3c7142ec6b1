using Alignment.Core.Review;

namespace Alignment.Core.Tests.Review;

public sealed class SpanReplacementTests
{
    private const string Text = "The two sides met in Seoul.\nThey launched the Intae Dialogue and the Intae fund. Both held the 1st Korea-China meeting.\n";

    [Theory]
    [InlineData("Intae", 46, "They launched the Indo-Pacific Dialogue and the Intae fund.", "", "Indo-Pacific")]
    [InlineData("Intae", 69, "They launched the Intae Dialogue and the Indo-Pacific fund.", "", "Indo-Pacific")]
    [InlineData("Korea-China", 99, "Both held the 1st Korea-Canada meeting.", "They launched the Intae Dialogue and the Intae fund. Both held the 1st Korea-China meeting.", "Korea-Canada")]
    [InlineData("Intae ", 46, "They launched the Dialogue and the Intae fund.", "", "")]
    public void Should_take_the_replacement_of_the_span_out_of_the_corrected_sentence(string found, int start, string suggestion, string targetText, string replacement)
    {
        Text.Substring(start, found.Length).ShouldBe(found);

        SpanReplacement.Derive(Text, start, start + found.Length, suggestion, targetText).ShouldBe(replacement);
    }

    [Fact]
    public void Should_let_two_accepted_findings_in_one_sentence_both_apply()
    {
        var first = SpanReplacement.Derive(Text, 46, 51, "They launched the Indo-Pacific Dialogue and the Intae fund.", string.Empty);
        var second = SpanReplacement.Derive(Text, 69, 74, "They launched the Intae Dialogue and the Indo-Pacific fund.", string.Empty);

        var edited = Text[..46] + first + Text[51..69] + second + Text[74..];

        edited.ShouldContain("They launched the Indo-Pacific Dialogue and the Indo-Pacific fund.");
    }

    [Fact]
    public void Should_refuse_a_suggestion_for_another_sentence()
    {
        SpanReplacement.Derive(Text, 46, 51, "The two sides met in Busan.", "They launched the Intae Dialogue and the Intae fund.").ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_a_suggestion_that_matches_the_text_at_its_end_only()
    {
        // The file has a no-break space where the suggestion has a plain one: only " region." matches.
        const string text = "The ministers agreed to cooperate in the\u00A0Intae region. They met again.";

        SpanReplacement.Derive(text, 41, 46, "The ministers agreed to cooperate in the Indo-Pacific region.", "The ministers agreed to cooperate in the\u00A0Intae region.")
            .ShouldBeNull();
    }

    [Fact]
    public void Should_replace_a_span_that_starts_its_sentence()
    {
        const string text = "They met. Intae Dialogue talks began.\n";

        SpanReplacement.Derive(text, 10, 15, "Indo-Pacific Dialogue talks began.", "They met. Intae Dialogue talks began.").ShouldBe("Indo-Pacific");
    }

    [Fact]
    public void Should_replace_in_a_sentence_between_html_tags()
    {
        const string text = "<p>They met.<br>The Intae Dialogue began.</p>";

        SpanReplacement.Derive(text, 20, 25, "The Indo-Pacific Dialogue began.", "They met. The Intae Dialogue began.").ShouldBe("Indo-Pacific");
    }

    [Fact]
    public void Should_replace_a_whole_dateline_outside_any_sentence()
    {
        const string text = "[서울=뉴시스]\nThe minister spoke.";

        SpanReplacement.Derive(text, 0, 8, "[Seoul=Newsis]", "[서울=뉴시스]").ShouldBe("[Seoul=Newsis]");
    }
}
