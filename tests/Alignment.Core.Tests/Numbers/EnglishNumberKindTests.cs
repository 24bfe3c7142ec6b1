using System.Globalization;
using Alignment.Core.Languages.English;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

/// <summary>What an English number counts, read from its suffix and neighbours; values in the invariant culture.</summary>
public sealed class EnglishNumberKindTests
{
    [Theory]
    [InlineData("Exports reached $41.2 billion last year.", "41.2 billion", "41200000000", NumberKind.Cardinal)]
    [InlineData("The deal is worth $5bn.", "5bn", "5000000000", NumberKind.Cardinal)]
    [InlineData("The fine was $5m.", "5m", "5000000", NumberKind.Cardinal)]
    [InlineData("Some 10,000 people marched.", "10,000", "10000", NumberKind.Cardinal)]
    [InlineData("The key rate stands at 2.75 percent.", "2.75 percent", "2.75", NumberKind.Percent)]
    [InlineData("The key rate stands at 2.75%.", "2.75%", "2.75", NumberKind.Percent)]
    [InlineData("The rate rose 3 percentage points.", "3 percentage points", "3", NumberKind.PercentagePoint)]
    [InlineData("The yield fell 4.2 basis points.", "4.2 basis points", "0.042", NumberKind.PercentagePoint)]
    [InlineData("The bank cut the rate by 25bp at once.", "25bp", "0.25", NumberKind.PercentagePoint)]
    [InlineData("It was a 50-basis-point cut.", "50-basis-point", "0.5", NumberKind.PercentagePoint)]
    [InlineData("The vote is set for the 31st.", "31st", "31", NumberKind.Day)]
    [InlineData("The talks resume on the 31st as planned.", "31st", "31", NumberKind.Day)]
    [InlineData("The 1st meeting opened the session.", "1st", "1", NumberKind.Ordinal)]
    [InlineData("The election was held in 2024.", "2024", "2024", NumberKind.Year)]
    [InlineData("The meeting began at 3:30 p.m. local time.", "3:30 p.m.", "930", NumberKind.Time)]
    [InlineData("The meeting began at 9 a.m. sharp.", "9 a.m.", "540", NumberKind.Time)]
    [InlineData("Sales grew 4 times over.", "4", "4", NumberKind.Multiplier)]
    [InlineData("Output rose 3-fold in a decade.", "3", "3", NumberKind.Multiplier)]
    public void Should_read_the_kind_from_the_words_around(string text, string written, string value, NumberKind kind)
    {
        var mention = EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
        mention.Kind.ShouldBe(kind);
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(written);
    }

    [Fact]
    public void Should_read_an_abbreviated_date_as_month_and_day()
    {
        var mentions = EnglishProfile.Instance.Numbers.Read("The talks were held Nov. 1 in Seoul.");

        mentions.Select(m => (m.Text, m.Value, m.Kind)).ShouldBe([("Nov.", 11m, NumberKind.Month), ("1", 1m, NumberKind.Day)]);
    }

    [Theory]
    [InlineData("The fund holds $2024 in cash.")]
    [InlineData("A budget of 2,024 won was set.")]
    [InlineData("Turnout was 2024.5 on average.")]
    public void Should_not_read_an_amount_as_a_year(string text)
    {
        var mention = EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Kind.ShouldBe(NumberKind.Cardinal);
    }

    [Theory]
    [InlineData("It weighs 5 m in length.", "5")]
    [InlineData("It is 1.5m tall.", "1.5")]
    public void Should_not_read_metres_as_millions_without_a_currency(string text, string value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The G7 summit opened.")]
    [InlineData("Two F-35 jets landed.", "Two")]
    [InlineData("The 2+2 talks resumed.")]
    [InlineData("Victims of 9/11 were remembered.")]
    public void Should_not_read_digits_that_name_something(string text, params string[] read)
    {
        EnglishProfile.Instance.Numbers.Read(text).Select(m => m.Text).ShouldBe(read);
    }
}
