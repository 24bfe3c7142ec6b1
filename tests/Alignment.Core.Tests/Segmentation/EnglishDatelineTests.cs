using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

public sealed class EnglishDatelineTests
{
    [Theory]
    [InlineData("MOSCOW (AP) — Russia said on Monday it would respond.", "MOSCOW (AP) —", "Russia said on Monday it would respond.")]
    [InlineData("SEOUL, Nov. 2 (Yonhap) -- South Korea and Canada agreed to expand cooperation.", "SEOUL, Nov. 2 (Yonhap) --", "South Korea and Canada agreed to expand cooperation.")]
    [InlineData("WASHINGTON (Reuters) - The U.S. said it would respond.", "WASHINGTON (Reuters) -", "The U.S. said it would respond.")]
    [InlineData("[Seoul=Newsis] The foreign ministers met on the 2nd.", "[Seoul=Newsis]", "The foreign ministers met on the 2nd.")]
    [InlineData("(Seoul=Yonhap) The foreign ministers met on the 2nd.", "(Seoul=Yonhap)", "The foreign ministers met on the 2nd.")]
    [InlineData("[서울=뉴시스] The foreign ministers met on the 2nd.", "[서울=뉴시스]", "The foreign ministers met on the 2nd.")]
    public void Should_set_a_dateline_aside(string text, string dateline, string sentence)
    {
        var segmented = Segments.English(text);

        segmented.Excluded.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(ExcludedKind.Dateline),
            e => e.Text.ShouldBe(dateline),
            e => e.Start.ShouldBe(0));
        segmented.Sentences.Select(s => s.Text).ShouldBe([sentence]);
    }

    [Fact]
    public void Should_set_aside_a_dateline_under_a_headline()
    {
        var text = "Korea, Canada agree to boost Indo-Pacific ties\nSEOUL, Nov. 2 (Yonhap) -- The two ministers met. They agreed.";

        var segmented = Segments.English(text);

        segmented.Excluded.ShouldHaveSingleItem().Text.ShouldBe("SEOUL, Nov. 2 (Yonhap) --");
        segmented.Sentences.Select(s => s.Text).ShouldBe(["Korea, Canada agree to boost Indo-Pacific ties", "The two ministers met.", "They agreed."]);
    }

    [Theory]
    [InlineData("The AP (Associated Press) reported the talks.")]
    [InlineData("Officials in SEOUL (Yonhap) said the talks went well.")]
    [InlineData("He cited [Seoul=Newsis] reports on the talks.")]
    [InlineData("NATO allies met in Brussels on Monday.")]
    public void Should_leave_a_dateline_look_alike_in_the_sentence(string text)
    {
        var segmented = Segments.English(text);

        segmented.Excluded.ShouldBeEmpty();
        segmented.Sentences.Select(s => s.Text).ShouldBe([text]);
    }
}
