using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>A quotation mark that closes far away (a stray or mismatched mark) does not glue the text between into one sentence.</summary>
public sealed class StrayQuoteTests
{
    [Fact]
    public void Should_split_sentences_after_a_mark_that_closes_only_much_later()
    {
        var sentences = Enumerable.Range(1, 6).Select(i => $"The committee met again on day {i} and heard from several more witnesses about the plan.").ToArray();
        var text = "\"" + string.Join(' ', sentences) + "\" the chair said.";

        Segments.EnglishTexts(text).Length.ShouldBeGreaterThan(4);
    }

    [Fact]
    public void Should_still_hold_a_short_quotation_of_two_sentences()
    {
        const string text = "\"We condemn it. We will respond,\" the minister said.";

        Segments.EnglishTexts(text).ShouldBe([text]);
    }
}
