using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>Sentences whose full stop was lost: a Korean past-tense ending before another word, a paragraph whose last sentence has none.</summary>
public sealed class UnpunctuatedEndTests
{
    [Theory]
    [InlineData("교수는 \"어류가 원시적\"이라고 말했다 그는 \"신경계는 어류에서 발원했다\"고 전했다.", "교수는 \"어류가 원시적\"이라고 말했다", "그는 \"신경계는 어류에서 발원했다\"고 전했다.")]
    [InlineData("정부는 8일 대책을 발표했다  장관은 곧 시행하겠다고 밝혔다.", "정부는 8일 대책을 발표했다", "장관은 곧 시행하겠다고 밝혔다.")]
    public void Should_end_a_korean_sentence_at_a_past_tense_ending_before_another_word(string text, params string[] expected)
    {
        Segments.KoreanTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("그는 대책을 발표했다고 밝혔다.")]
    [InlineData("그는 대책을 발표했다며 곧 시행하겠다고 말했다.")]
    [InlineData("정부가 대책을 발표했다 해도 시장은 움직이지 않았다.")]
    [InlineData("장관은 \"우리는 최선을 다했다 그러나 결과는 없다\"고 말했다.")]
    [InlineData("그는 정부가 다 했다. 시장은 6% 올랐다 (잠정).")]
    [InlineData("장관은 다 했다 ok 라고 말했다.")]
    public void Should_leave_a_korean_ending_joined_to_what_follows(string text)
    {
        Segments.KoreanTexts(text).Length.ShouldBe(text.Count(c => c == '.'));
    }

    [Fact]
    public void Should_end_sentences_at_ellipses_in_a_paragraph_whose_last_sentence_lost_its_stop()
    {
        const string text = "He ran to the shop. “So I'll buy food with it…” “Others say it is too late,” she said. Prices rose again";

        Segments.EnglishTexts(text).ShouldBe(["He ran to the shop.", "“So I'll buy food with it…”", "“Others say it is too late,” she said.", "Prices rose again"]);
    }

    [Theory]
    [InlineData("Korea-Canada talks... Ministers agree on security")]
    [InlineData("U.S. envoy to visit Seoul... Talks on Monday")]
    public void Should_keep_a_headline_with_an_ellipsis_whole(string headline)
    {
        Segments.EnglishTexts(headline).ShouldBe([headline]);
    }

    [Theory]
    [InlineData("The talks ended on Tuesday. ”Some delegations needed to go back,” the envoy said.", "The talks ended on Tuesday.", "”Some delegations needed to go back,” the envoy said.")]
    [InlineData("The talks ended on Tuesday. ’Tis the season, he said.", "The talks ended on Tuesday.", "’Tis the season, he said.")]
    public void Should_start_a_sentence_at_a_closing_glyph_that_opens_a_quotation(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("He said it was “over.” Then he left.")]
    [InlineData("The ministers met. ” he said, and left.")]
    public void Should_not_start_a_sentence_at_a_closing_glyph_that_closes(string text)
    {
        Segments.EnglishTexts(text).Length.ShouldBeLessThanOrEqualTo(2);
        Segments.EnglishTexts(text).ShouldNotContain(s => s.StartsWith('”') && char.IsLower(s[2]));
    }
}
