using Alignment.Core.Languages.English;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

/// <summary>Numbers, weekdays and months written as words in English.</summary>
public sealed class EnglishSpelledNumberTests
{
    [Theory]
    [InlineData("North Korea fired four missiles.", "four", 4, NumberKind.Cardinal)]
    [InlineData("Four missiles were fired.", "Four", 4, NumberKind.Cardinal)]
    [InlineData("A dozen people were hurt.", "A dozen", 12, NumberKind.Cardinal)]
    [InlineData("The sixth round began.", "sixth", 6, NumberKind.Ordinal)]
    [InlineData("Twenty-one people were hurt.", "Twenty-one", 21, NumberKind.Cardinal)]
    [InlineData("It cost three million won.", "three million", 3_000_000, NumberKind.Cardinal)]
    [InlineData("(Two sides met.)", "Two", 2, NumberKind.Cardinal)]
    [InlineData("The museum marks World War II.", "II", 2, NumberKind.Ordinal)]
    public void Should_read_a_number_written_as_a_word(string text, string written, int value, NumberKind kind)
    {
        var mention = EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(value);
        mention.Kind.ShouldBe(kind);
        mention.Spelled.ShouldBeTrue();
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(written);
    }

    [Theory]
    [InlineData("Someone left early.")]
    [InlineData("I think so, said the minister.")]
    [InlineData("Phones were often off.")]
    [InlineData("A2 and B3 are models; item_one was dropped.")]
    [InlineData("A delegation arrived.")]
    public void Should_leave_words_that_hold_number_words_alone(string text)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_a_weekday_as_its_number_from_monday()
    {
        var mention = EnglishProfile.Instance.Numbers.Read("The talks were held on Tuesday.").ShouldHaveSingleItem();

        mention.Text.ShouldBe("Tuesday");
        mention.Value.ShouldBe(2m);
        mention.Kind.ShouldBe(NumberKind.Weekday);
    }

    [Theory]
    [InlineData("The vote is due May 3.", "May", 5)]
    [InlineData("The vote is due in May this year.", "May", 5)]
    [InlineData("Prices have risen since May last year.", "May", 5)]
    [InlineData("A decision is expected by May at the latest.", "May", 5)]
    [InlineData("The plan was unveiled in March last year.", "March", 3)]
    public void Should_read_may_as_a_month_beside_a_day_or_after_a_preposition(string text, string written, int value)
    {
        var month = EnglishProfile.Instance.Numbers.Read(text).First(m => m.Kind == NumberKind.Month);

        month.Text.ShouldBe(written);
        month.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("May I ask a question?")]
    [InlineData("The minister said talks May resume.")]
    [InlineData("Protesters will march to the square.")]
    public void Should_not_read_may_or_march_as_a_month_elsewhere(string text)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldNotContain(m => m.Kind == NumberKind.Month);
    }

    [Fact]
    public void Should_leave_the_full_stop_after_a_month_that_ends_a_sentence()
    {
        var mention = EnglishProfile.Instance.Numbers.Read("The summit will be held in October.").ShouldHaveSingleItem();

        mention.Text.ShouldBe("October");
    }
}
