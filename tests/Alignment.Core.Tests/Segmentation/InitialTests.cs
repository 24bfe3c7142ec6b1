using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

public sealed class InitialTests
{
    [Theory]
    [InlineData("John F. Kennedy visited Berlin in 1963.")]
    [InlineData("The plan was named after George W. Bush.")]
    [InlineData("J.R.R. Tolkien was cited by the minister.")]
    [InlineData("Officials met Kim Jong-un and Ri S. Gwon in Pyongyang.")]
    public void Should_not_end_an_english_sentence_at_an_initial(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("He chose Plan B. The others agreed.", "He chose Plan B.", "The others agreed.")]
    [InlineData("The vote went to Group C. They objected.", "The vote went to Group C.", "They objected.")]
    public void Should_end_an_english_sentence_at_a_capital_letter_before_a_sentence_starter(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("존 F. 케네디 전 대통령이 1963년 베를린을 방문했다.")]
    [InlineData("조지 W. 부시 전 대통령의 이름을 땄다.")]
    public void Should_not_split_korean_at_an_initial(string text)
    {
        Segments.KoreanTexts(text).ShouldBe([text]);
    }
}
