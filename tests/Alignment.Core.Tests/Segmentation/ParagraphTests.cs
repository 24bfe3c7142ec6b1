using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>A blank line always ends a sentence, whatever comes before or after it.</summary>
public sealed class ParagraphTests
{
    [Theory]
    [InlineData("The talks were\n\ncontinuing on Monday.", "The talks were", "continuing on Monday.")]
    [InlineData("He met Mr.\n\nKim on Monday.", "He met Mr.", "Kim on Monday.")]
    [InlineData("He arrived at 9 a.m.\r\n\r\non Monday.", "He arrived at 9 a.m.", "on Monday.")]
    public void Should_end_an_english_sentence_at_a_blank_line(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("두 장관은\n\n합의했다.", "두 장관은", "합의했다.")]
    [InlineData("그는 \"좋다\n\n가자\"고 말했다.", "그는 \"좋다", "가자\"고 말했다.")]
    public void Should_end_a_korean_sentence_at_a_blank_line(string text, params string[] expected)
    {
        Segments.KoreanTexts(text).ShouldBe(expected);
    }

    [Fact]
    public void Should_number_paragraphs_counting_runs_of_blank_lines_once()
    {
        var segmented = Segments.English("Korea-Canada talks open\n\n\n\nThe ministers met. They agreed.\n  \nTalks resume next year.\n");

        segmented.Sentences.Select(s => s.Paragraph).ShouldBe([0, 1, 1, 2]);
    }

    [Fact]
    public void Should_keep_sentences_of_one_paragraph_together_across_lines()
    {
        var segmented = Segments.Korean("두 장관이 만났다.\n양측은 합의했다.\n\n회담은 끝났다.");

        segmented.Sentences.Select(s => s.Paragraph).ShouldBe([0, 0, 1]);
    }
}
