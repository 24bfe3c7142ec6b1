using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>A line without final punctuation is one sentence, whatever it holds.</summary>
public sealed class HeadlineTests
{
    [Theory]
    [InlineData("한-캐나다 외교장관 회담…인태 협력 강화 합의")]
    [InlineData("한-캐나다 외교장관 회담… 인태 협력 강화 합의")]
    [InlineData("한-캐나다 \"인태 협력 강화\"…외교장관 회담 개최")]
    [InlineData("코스피 2.5% 상승… 외국인 3일째 순매수")]
    public void Should_keep_a_korean_headline_whole(string headline)
    {
        Segments.KoreanTexts(headline + "\n\n두 장관은 2일 서울에서 만났다.").ShouldBe([headline, "두 장관은 2일 서울에서 만났다."]);
    }

    [Theory]
    [InlineData("Korea, Canada agree to boost Indo-Pacific ties")]
    [InlineData("U.S. envoy to visit Seoul next week")]
    [InlineData("Korea-Canada talks... Ministers agree on security")]
    [InlineData("Exports up 3.5 pct in Oct. on chip demand")]
    public void Should_keep_an_english_headline_whole(string headline)
    {
        Segments.EnglishTexts(headline + "\n\nThe two ministers met in Seoul.").ShouldBe([headline, "The two ministers met in Seoul."]);
    }

    [Fact]
    public void Should_end_a_korean_headline_at_its_line_without_a_blank_line()
    {
        Segments.KoreanTexts("한-캐나다 외교장관 회담\n두 장관은 2일 만났다.").ShouldBe(["한-캐나다 외교장관 회담", "두 장관은 2일 만났다."]);
    }

    [Fact]
    public void Should_end_an_english_headline_at_its_line_before_a_capital()
    {
        Segments.EnglishTexts("Korea-Canada talks open\nThe ministers met on Monday.").ShouldBe(["Korea-Canada talks open", "The ministers met on Monday."]);
    }
}
