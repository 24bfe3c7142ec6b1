using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>Points and signs inside numbers (1.5%, 2+2, 3.14, 1.2.3) never end a sentence.</summary>
public sealed class NumberPunctuationTests
{
    [Theory]
    [InlineData("경제성장률은 2.75%로 0.25%포인트 낮아졌다.")]
    [InlineData("한-캐나다 2+2 회의가 처음 열렸다.")]
    [InlineData("원주율 3.14를 넘는 값이다.")]
    [InlineData("새 규정은 버전 1.2.3에 담겼다.")]
    [InlineData("물가는 1.5% 올랐다.")]
    public void Should_not_split_korean_numbers(string text)
    {
        Segments.KoreanTexts(text).ShouldBe([text]);
    }

    [Fact]
    public void Should_split_korean_after_a_number_that_ends_a_sentence()
    {
        Segments.KoreanTexts("물가는 1.5% 올랐다. 금리는 2.75%다.").ShouldBe(["물가는 1.5% 올랐다.", "금리는 2.75%다."]);
    }

    [Theory]
    [InlineData("Growth slowed to 1.5% in the third quarter.")]
    [InlineData("The 2+2 talks resumed in Ottawa.")]
    [InlineData("Version 3.14 of the plan was adopted.")]
    [InlineData("The rules are set out in version 1.2.3 of the code.")]
    [InlineData("Exports rose 3.5 percent to $41.2 billion.")]
    public void Should_not_split_english_numbers(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }

    [Fact]
    public void Should_split_english_after_a_number_that_ends_a_sentence()
    {
        Segments.EnglishTexts("The base rate is 2.75. Prices rose 1.5%. 2025 was a hard year.")
            .ShouldBe(["The base rate is 2.75.", "Prices rose 1.5%.", "2025 was a hard year."]);
    }
}
