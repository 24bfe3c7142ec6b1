using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>Web-page debris lines of Korean pages (copyright notices, reporter e-mail, share bars) are set aside as boilerplate.</summary>
public sealed class KoreanWebDebrisTests
{
    [Theory]
    [InlineData("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>")]
    [InlineData("<ⓒ 한국가상통신, 무단 전재 및 재배포 금지>")]
    [InlineData("hong@newsis.com")]
    [InlineData("광고")]
    [InlineData("공유하기")]
    [InlineData("▶ 관련기사 바로가기")]
    public void Should_set_a_debris_line_aside_with_its_exact_span(string line)
    {
        var text = "두 장관이 서울에서 만났다.\n" + line + "\n양측은 협력을 강화하기로 했다.\n";

        var segmented = Segments.Korean(text);

        var span = segmented.Excluded.ShouldHaveSingleItem();
        span.Kind.ShouldBe(ExcludedKind.Boilerplate);
        span.Start.ShouldBe(16);
        span.End.ShouldBe(16 + line.Length);
        span.Text.ShouldBe(line);
        segmented.Sentences.Select(s => s.Text).ShouldBe(["두 장관이 서울에서 만났다.", "양측은 협력을 강화하기로 했다."]);
    }

    [Fact]
    public void Should_set_aside_the_notice_and_address_closing_a_story()
    {
        const string text = "두 장관이 서울에서 만났다.\n\n<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>\nhong@newsis.com\n";

        var segmented = Segments.Korean(text);

        segmented.Excluded.Select(e => (e.Kind, e.Start, e.End)).ShouldBe([
            (ExcludedKind.Boilerplate, 17, 50),
            (ExcludedKind.Boilerplate, 51, 66),
        ]);
        segmented.Sentences.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("광고 지출은 지난해 5% 늘었다.")]
    [InlineData("넷플릭스는 월 구독료를 인상했다.")]
    [InlineData("그는 기사를 공유하기 위해 링크를 보냈다.")]
    public void Should_keep_a_sentence_about_advertising_or_sharing(string line)
    {
        var segmented = Segments.Korean(line + "\n");

        segmented.Excluded.ShouldBeEmpty();
        segmented.Sentences.Select(s => s.Text).ShouldBe([line]);
    }
}
