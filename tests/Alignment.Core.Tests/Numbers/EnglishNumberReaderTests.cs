using System.Globalization;
using Alignment.Core.Languages.English;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

/// <summary>English numbers and scale words; values are written with the invariant culture so no machine setting shifts them.</summary>
public sealed class EnglishNumberReaderTests
{
    [Theory]
    [InlineData("Exports reached $41.2 billion.", "41.2 billion", "41200000000", NumberKind.Cardinal)]
    [InlineData("About 10,000 people came.", "10,000", "10000", NumberKind.Cardinal)]
    [InlineData("The budget is 1.5 trillion won.", "1.5 trillion", "1500000000000", NumberKind.Cardinal)]
    [InlineData("It drew 3 million viewers.", "3 million", "3000000", NumberKind.Cardinal)]
    [InlineData("A 5.5-million-ton cargo.", "5.5-million", "5500000", NumberKind.Cardinal)]
    [InlineData("It cost 12,300.50 dollars.", "12,300.50", "12300.50", NumberKind.Cardinal)]
    [InlineData("The rate is 2.75 percent.", "2.75 percent", "2.75", NumberKind.Percent)]
    [InlineData("It was held on the 31st.", "31st", "31", NumberKind.Day)]
    [InlineData("The 2nd round began.", "2nd", "2", NumberKind.Ordinal)]
    [InlineData("It was held on the 31st of last month.", "31st", "31", NumberKind.Day)]
    [InlineData("It closes on the 3rd of the month.", "3rd", "3", NumberKind.Day)]
    [InlineData("The typhoon, the 11th of the season, hit.", "11th", "11", NumberKind.Ordinal)]
    [InlineData("A fire broke out on the 14th floor.", "14th", "14", NumberKind.Ordinal)]
    [InlineData("He got 3 1/2 years in prison.", "3 1/2", "3.5", NumberKind.Cardinal)]
    [InlineData("It took 2½ hours.", "2½", "2.5", NumberKind.Cardinal)]
    public void Should_read_a_number_with_its_scale(string text, string written, string value, NumberKind kind)
    {
        var mention = EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
        mention.Kind.ShouldBe(kind);
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(written);
    }

    // "between 200 and 300 million euros", "$2-3 billion": the first figure of a rising range takes the second's scale.
    [Theory]
    [InlineData("The club wants between 200 and 300 million euros.", "200000000", "300000000")]
    [InlineData("The plan costs $2-3 billion.", "2000000000", "3000000000")]
    [InlineData("The fund grew from 20 to 30 trillion won.", "20000000000000", "30000000000000")]
    public void Should_give_the_first_figure_of_a_range_the_scale_of_the_second(string text, params string[] values)
    {
        EnglishProfile.Instance.Numbers.Read(text).Select(m => m.Value)
            .ShouldBe(values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1,000 or 2,000 troops", "1000", "2000")]
    [InlineData("A 10,000-strong rally of 2 groups", "10000", "2")]
    [InlineData("$41.2 billion and 412 million", "41200000000", "412000000")]
    [InlineData("Turnout fell in 2020 and 1.5 million stayed home.", "2020", "1500000")]
    [InlineData("The lead grew from 3 to 6 points.", "3", "6")]
    [InlineData("Between 500 and 300 million people watched.", "500", "300000000")]
    public void Should_keep_separate_numbers_apart(string text, params string[] values)
    {
        EnglishProfile.Instance.Numbers.Read(text).Select(m => m.Value)
            .ShouldBe(values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("The G7 summit and the ICBM launch.")]
    [InlineData("Version v1.2 was used.")]
    [InlineData("Billions were spent.")]
    [InlineData("The 2+2 talks resumed.")]
    public void Should_not_read_numbers_inside_words_or_names(string text)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldBeEmpty();
    }
}
