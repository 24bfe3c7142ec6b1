using Alignment.Core.Gazetteer;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Gazetteer;

/// <summary>Gazetteer names in English, longest first, case-sensitive, with hyphens and possessives cut away.</summary>
public sealed class EnglishEntityMatcherTests
{
    private static readonly EnglishEntityMatcher Matcher = new(Gazetteers.Entries());

    [Theory]
    [InlineData("The Korea-China foreign ministers met.", "Korea:kr", "China:cn")]
    [InlineData("The South Korea-U.S. summit was held.", "South Korea:kr", "U.S.:us")]
    [InlineData("They agreed on sanctions on North Korea.", "North Korea:kp")]
    [InlineData("He attended the ASEAN Regional Forum.", "ASEAN Regional Forum:asean-regional-forum")]
    [InlineData("He attended an ASEAN meeting.", "ASEAN:asean")]
    [InlineData("Canada's prime minister spoke.", "Canada:ca")]
    [InlineData("Talks were held in Ottawa.", "Ottawa:ca-capital")]
    [InlineData("The Austrian prime minister visited Australia.", "Austrian:at", "Australia:au")]
    [InlineData("The United States and US forces.", "United States:us", "US:us")]
    [InlineData("He fought in the Iraq war.", "Iraq:iq")]
    public void Should_find_names_with_exact_spans(string text, params string[] expected)
    {
        Find(text).Select(m => $"{m.Text}:{m.Entry.Id}").ShouldBe(expected);
    }

    [Theory]
    [InlineData("Between the us and them.")]
    [InlineData("The chinese lantern festival.")]
    [InlineData("Koreans-only events.")]
    public void Should_leave_lower_case_words_and_unknown_forms_alone(string text)
    {
        Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_offsets_into_the_whole_text_when_searching_a_slice()
    {
        const string text = "First sentence here. The Korea-China talks ended.";
        var from = text.IndexOf("The", StringComparison.Ordinal);

        var mentions = Matcher.Find(text, from, text.Length).ToList();

        mentions.Select(m => m.Text).ShouldBe(["Korea", "China"]);
        mentions.ShouldAllBe(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
    }

    private static List<EntityMention> Find(string text)
    {
        var mentions = Matcher.Find(text, 0, text.Length).ToList();
        mentions.ShouldAllBe(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
        return mentions;
    }
}
