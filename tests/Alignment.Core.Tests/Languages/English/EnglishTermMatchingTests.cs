using Alignment.Core.Languages.English;

namespace Alignment.Core.Tests.Languages.English;

/// <summary>English glossary terms match across case, hyphen and space variants, possessives and simple inflection.</summary>
public sealed class EnglishTermMatchingTests
{
    [Theory]
    [InlineData("Indo-Pacific", "the INDO-PACIFIC region", "INDO-PACIFIC")]
    [InlineData("Canada", "talks with canada resumed", "canada")]
    [InlineData("Foreign Ministry", "the foreign ministry said", "foreign ministry")]
    public void Should_match_across_case(string term, string text, string match)
    {
        Match(term, text).ShouldBe([match]);
    }

    [Theory]
    [InlineData("Indo-Pacific", "the Indo Pacific region", "Indo Pacific")]
    [InlineData("Indo-Pacific", "the IndoPacific region", "IndoPacific")]
    [InlineData("Indo-Pacific", "the Indo–Pacific region", "Indo–Pacific")]
    [InlineData("Indo Pacific", "the Indo-Pacific region", "Indo-Pacific")]
    [InlineData("Korea-China", "the Korea China talks", "Korea China")]
    public void Should_match_hyphen_and_space_variants(string term, string text, string match)
    {
        Match(term, text).ShouldBe([match]);
    }

    [Theory]
    [InlineData("Canada", "Canada's position", "Canada's")]
    [InlineData("Canada", "Canada’s position", "Canada’s")]
    [InlineData("Indo-Pacific", "the Indo-Pacific's future", "Indo-Pacific's")]
    [InlineData("U.S.", "the U.S.'s allies", "U.S.'s")]
    public void Should_match_a_possessive(string term, string text, string match)
    {
        Match(term, text).ShouldBe([match]);
    }

    [Theory]
    [InlineData("dialogue", "two dialogues were held", "dialogues")]
    [InlineData("condemn", "Seoul condemned the launch", "condemned")]
    [InlineData("condemn", "Seoul condemns the launch", "condemns")]
    [InlineData("condemn", "Seoul is condemning the launch", "condemning")]
    [InlineData("agency", "two agencies reported it", "agencies")]
    [InlineData("agree", "the sides agreed", "agreed")]
    [InlineData("ASEAN", "the ASEANs", "ASEANs")]
    public void Should_match_plural_and_verb_inflection(string term, string text, string match)
    {
        Match(term, text).ShouldBe([match]);
    }

    [Theory]
    [InlineData("Intai", "to maintain ties")]
    [InlineData("Intae", "Sintaek Park")]
    [InlineData("Canada", "the Canadian side")]
    [InlineData("condemn", "a condemnation")]
    [InlineData("Korea-China", "Korea-Chinese relations")]
    [InlineData("Indo-Pacific", "Indo--Pacific")]
    [InlineData("U.S.", "US officials")]
    public void Should_not_match_inside_other_words(string term, string text)
    {
        Match(term, text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_respect_case_when_the_glossary_asks()
    {
        var pattern = EnglishProfile.Instance.CompileTerm("Hanmi", caseSensitive: true);

        pattern.Matches("Hanmi Bank").Select(m => m.Value).ShouldBe(["Hanmi"]);
        pattern.Matches("hanmi bank").ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_the_possessive_apart_for_suggestions()
    {
        var match = EnglishProfile.Instance.CompileTerm("Korea-China", false).Matches("the Korea-China’s talks").ShouldHaveSingleItem();

        match.Index.ShouldBe(4);
        match.Groups["poss"].Value.ShouldBe("’s");
    }

    private static string[] Match(string term, string text) =>
        EnglishProfile.Instance.CompileTerm(term, false).Matches(text).Select(m => m.Value).ToArray();
}
