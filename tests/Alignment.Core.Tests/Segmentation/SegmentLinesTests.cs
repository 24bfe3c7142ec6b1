using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>The --segmented input: each line is one sentence and its index is its 0-based line number.</summary>
public sealed class SegmentLinesTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Should_make_each_line_a_sentence_keeping_blank_lines(string newline)
    {
        var text = string.Join(newline, "두 장관이 만났다. 양측은 합의했다.", "", "  회담은 끝났다.  ", "다음 회담은 내년이다.") + newline;

        var sentences = Lines(text);

        sentences.Select(s => s.Index).ShouldBe([0, 1, 2, 3]);
        sentences.Select(s => s.Text).ShouldBe(["두 장관이 만났다. 양측은 합의했다.", "", "회담은 끝났다.", "다음 회담은 내년이다."]);
        sentences[1].Start.ShouldBe(sentences[1].End);
    }

    [Fact]
    public void Should_read_a_last_line_without_a_newline()
    {
        Lines("The ministers met.\nThey agreed.").Select(s => s.Text).ShouldBe(["The ministers met.", "They agreed."]);
    }

    [Fact]
    public void Should_keep_datelines_and_bullets_in_the_line()
    {
        Lines("[서울=뉴시스]김지훈 기자 = 두 장관이 만났다.\n- 교역 확대").Select(s => s.Text)
            .ShouldBe(["[서울=뉴시스]김지훈 기자 = 두 장관이 만났다.", "- 교역 확대"]);
    }

    [Fact]
    public void Should_keep_leading_blank_lines_as_sentences()
    {
        Lines("\n\nThe ministers met.\n").Select(s => s.Text).ShouldBe(["", "", "The ministers met."]);
    }

    private static IReadOnlyList<Sentence> Lines(string text)
    {
        var segmented = new SentenceSegmenter().SegmentLines(SourceText.FromString(text));
        segmented.Excluded.ShouldBeEmpty();
        return Segments.Verified(segmented).Sentences;
    }
}
