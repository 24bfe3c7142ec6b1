using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>In running text an ellipsis ends a sentence (in English only before a capital); in a headline it joins clauses.</summary>
public sealed class EllipsisTests
{
    [Theory]
    [InlineData("He paused … Then he went on.", "He paused …", "Then he went on.")]
    [InlineData("He paused… Then he went on.", "He paused…", "Then he went on.")]
    [InlineData("He paused... Then he went on.", "He paused...", "Then he went on.")]
    [InlineData("“I'll buy food with it…” “Others say it is too late.”", "“I'll buy food with it…”", "“Others say it is too late.”")]
    public void Should_end_an_english_sentence_at_an_ellipsis_before_a_capital(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The talks went on … and on.")]
    [InlineData("The talks went on... and on.")]
    [InlineData("The talks went on… “and on,” he said.")]
    [InlineData("Russia watches North Korea… “We will take further steps.”")]
    [InlineData("The word \"Intae…\" is not English.")]
    [InlineData("Talks…Ministers agreed.")]
    public void Should_not_end_an_english_sentence_at_an_ellipsis_before_lower_case(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("그는 잠시 말을 멈췄다… 그리고 다시 입을 열었다.", "그는 잠시 말을 멈췄다…", "그리고 다시 입을 열었다.")]
    [InlineData("회담은 길어졌다... 결론은 나지 않았다.", "회담은 길어졌다...", "결론은 나지 않았다.")]
    public void Should_end_a_korean_sentence_at_an_ellipsis_in_running_text(string text, params string[] expected)
    {
        Segments.KoreanTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("그는 \"글쎄…\"라며 말을 아꼈다.")]
    [InlineData("회담은 길어졌고…결론은 나지 않았다.")]
    public void Should_not_split_a_korean_ellipsis_attached_to_the_next_word(string text)
    {
        Segments.KoreanTexts(text).ShouldBe([text]);
    }
}
