using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>
/// A full stop after an ordinary word ends a sentence even when the next one lost its capital (copy cut and
/// rejoined, a machine translation that dropped the subject), but not after an abbreviation.
/// </summary>
public sealed class LowercaseStartTests
{
    [Theory]
    [InlineData("The ministers discussed the following. adopted a joint statement.", "The ministers discussed the following.", "adopted a joint statement.")]
    [InlineData("A new windshield might do the trick. researchers say it helps older drivers.", "A new windshield might do the trick.", "researchers say it helps older drivers.")]
    [InlineData("Speech began in fish, he said. it's the simplest kind of call.", "Speech began in fish, he said.", "it's the simplest kind of call.")]
    public void Should_end_a_sentence_at_a_full_stop_after_a_plain_word_before_a_lowercase_word(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Park et al. found the same effect in 2019.")]
    [InlineData("The two sides exchanged approx. two hundred prisoners.")]
    [InlineData("It was Korea vs. the rest of the league.")]
    [InlineData("The plant makes cars, trucks, etc. and sells them abroad.")]
    [InlineData("U.S. officials met at 10 a.m. local time.")]
    [InlineData("Shares of Acme Inc. rose 3 percent.")]
    [InlineData("\"We will not back down.'' he said on Monday.")]
    [InlineData("Prices rose 3.5 percent in the quarter.")]
    [InlineData("The bridge is 4 ft. wide and 30 yrs. old.")]
    [InlineData("The village lies 5 km. north of the border and 20 min. away by car.")]
    public void Should_not_end_a_sentence_at_an_abbreviation_or_a_quote_before_a_lowercase_word(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }
}
