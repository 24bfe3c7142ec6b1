using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>A bullet marker at a line's start is not part of the sentence.</summary>
public sealed class BulletTests
{
    [Theory]
    [InlineData("- 첫째, 교역을 확대한다.\n- 둘째, 공급망을 강화한다.", "첫째, 교역을 확대한다.", "둘째, 공급망을 강화한다.")]
    [InlineData("▲ 인태 전략 공조\n▲ 핵심 광물 협력", "인태 전략 공조", "핵심 광물 협력")]
    [InlineData("• 양국은 합의했다.\n• 회담은 끝났다.", "양국은 합의했다.", "회담은 끝났다.")]
    [InlineData("-5도의 한파가 이어졌다.", "-5도의 한파가 이어졌다.")]
    [InlineData("한-캐나다 - 인태 협력", "한-캐나다 - 인태 협력")]
    public void Should_leave_korean_bullet_markers_out(string text, params string[] expected)
    {
        Segments.KoreanTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("- Expand trade.\n- Secure supply chains.", "Expand trade.", "Secure supply chains.")]
    [InlineData("• Indo-Pacific strategy\n• Critical minerals", "Indo-Pacific strategy", "Critical minerals")]
    [InlineData("▲ The two sides agreed.\n▲ Talks resume next year.", "The two sides agreed.", "Talks resume next year.")]
    [InlineData("(1) Trade first.\n(2) Security next.", "Trade first.", "Security next.")]
    [InlineData("-5 degrees was the low.", "-5 degrees was the low.")]
    [InlineData("Korea-Canada - a new start", "Korea-Canada - a new start")]
    public void Should_leave_english_bullet_markers_out(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Fact]
    public void Should_start_a_bulleted_sentence_after_its_marker()
    {
        var text = "- 첫째, 교역을 확대한다.";

        Segments.Korean(text).Sentences.ShouldHaveSingleItem().Start.ShouldBe(2);
    }
}
