using Alignment.Core.Findings;
using Alignment.Core.Languages.English;
using Alignment.Core.Reporting.Html;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Reporting.Html;

/// <summary>The HTML card's text: the bead's sentences with the span marked, cut to a window when enormous.</summary>
public sealed class ExcerptTests
{
    [Fact]
    public void Should_mark_the_span_in_a_whole_short_sentence()
    {
        var text = Segment("Prices rose 5 percent in May.\n");

        Excerpt.Render(text, [0], 12, 13, "target").ShouldBe("Prices rose <mark class=\"hl target\">5</mark> percent in May.");
    }

    [Fact]
    public void Should_cut_an_enormous_sentence_to_a_window_around_the_span()
    {
        var words = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"word{i}"));
        var text = Segment(words + " end.\n");
        var start = words.IndexOf("word2500", StringComparison.Ordinal);

        var html = Excerpt.Render(text, [0], start, start + 8, "target");

        text.Sentences.ShouldHaveSingleItem();
        html.ShouldContain("<mark class=\"hl target\">word2500</mark>");
        html.ShouldStartWith("…");
        html.ShouldEndWith("…");
        html.Length.ShouldBeLessThan(LongText.MaxLength + 100);
    }

    private static SegmentedText Segment(string english) =>
        new SentenceSegmenter().Segment(SourceText.FromString(english, "target.en.txt"), EnglishProfile.Instance);
}
