using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>Punctuation with no word of its own is not a sentence: a stray "." joins the sentence before it.</summary>
public sealed class StrayPunctuationTests
{
    [Theory]
    [InlineData("It ended. . Then talks resumed.", "It ended. .", "Then talks resumed.")]
    [InlineData("He left the meeting.\n.\nThe talks resumed.", "He left the meeting.\n.", "The talks resumed.")]
    [InlineData("“We agree.\n”\nThe talks resumed.", "“We agree.\n”", "The talks resumed.")]
    public void Should_join_stray_english_punctuation_to_the_sentence_before(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("회의가 끝났다. . 다음 회의는 내년이다.", "회의가 끝났다. .", "다음 회의는 내년이다.")]
    [InlineData("회의가 끝났다 .", "회의가 끝났다 .")]
    [InlineData("회의가 끝났다.\n.", "회의가 끝났다.\n.")]
    public void Should_join_stray_korean_punctuation_to_the_sentence_before(string text, params string[] expected)
    {
        Segments.KoreanTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The talks resumed.\n\n---\n\nIt ended.", "---")]
    [InlineData("The talks resumed.\n\n* * *\n\nIt ended.", "* * *")]
    [InlineData("The talks resumed.\n\n▲\n\nIt ended.", "▲")]
    public void Should_set_a_separator_line_aside(string text, string separator)
    {
        var segmented = Segments.English(text);

        segmented.Sentences.Select(s => s.Text).ShouldBe(["The talks resumed.", "It ended."]);
        segmented.Excluded.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(ExcludedKind.Separator),
            e => e.Text.ShouldBe(separator));
    }

    [Theory]
    [InlineData("It ended at No. 3.")]
    [InlineData("Plan B.")]
    public void Should_keep_short_pieces_with_a_word_as_they_are(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }
}
