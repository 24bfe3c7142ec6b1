using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>An English line wrapped mid-sentence continues when the next line starts in lower case.</summary>
public sealed class WrappedLineTests
{
    [Theory]
    [InlineData("The minister said the talks were\ncontinuing in good faith.")]
    [InlineData("The minister said the talks were\r\ncontinuing in good faith.")]
    [InlineData("The two ministers agreed to strengthen security\ncooperation in the Indo-Pacific\nregion on Monday.")]
    public void Should_join_an_english_line_continuing_in_lower_case(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("Korea-Canada talks open\nThe ministers met on Monday.", "Korea-Canada talks open", "The ministers met on Monday.")]
    [InlineData("The ministers met on Monday.\nthey agreed to meet again.", "The ministers met on Monday.", "they agreed to meet again.")]
    [InlineData("Talks continue\n\nin Ottawa next year.", "Talks continue", "in Ottawa next year.")]
    public void Should_not_join_an_english_line_that_starts_a_new_sentence(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }
}
