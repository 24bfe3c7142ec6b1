using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>Every sentence is exactly its span of the text; sentences and set-aside spans cover every word once.</summary>
public sealed class OffsetTests
{
    private const string Korean =
        "한-캐나다 외교장관 회담…인태 협력 강화\r\n\r\n" +
        "[서울=뉴시스]김지훈 기자 = 조현 외교부 장관은 2일 \"양국 관계가 발전했다\"고 말했다. 두 장관은 U.S. 정책도 논의했다.\r\n" +
        "▲ 교역 1.5% 확대\r\n▲ 핵심 광물 협력\r\n\r\n" +
        "회담은 끝났다. . 다음 회담은 오타와에서 열린다… 일정은 미정이다.\r\n";

    private const string English =
        "Korea, Canada agree to boost Indo-Pacific ties\n\n" +
        "SEOUL, Nov. 2 (Yonhap) -- Foreign Minister Cho Hyun said on the 2nd that \"relations have grown,\" adding that\n" +
        "the U.S. Army would join. Mr. Kim met John F. Kennedy Jr. at 10 a.m. Then he left.\n" +
        "- Trade up 1.5%\n- Critical minerals\n\n" +
        "The talks ended. . The next round is in Ottawa … Dates are not set.\n";

    public static TheoryData<string, string> Texts() => new() { { Korean, "ko" }, { English, "en" } };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_give_each_sentence_its_exact_span(string text, string language)
    {
        var segmented = Of(text, language);

        segmented.Sentences.ShouldNotBeEmpty();
        foreach (var s in segmented.Sentences)
        {
            text.Substring(s.Start, s.End - s.Start).ShouldBe(s.Text);
            s.Length.ShouldBe(s.Text.Length);
            s.Text.ShouldBe(s.Text.Trim());
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_keep_sentences_in_order_without_overlap(string text, string language)
    {
        var sentences = Of(text, language).Sentences;

        for (var i = 1; i < sentences.Count; i++)
        {
            sentences[i].Start.ShouldBeGreaterThanOrEqualTo(sentences[i - 1].End);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_cover_every_letter_and_digit_exactly_once(string text, string language)
    {
        var segmented = Of(text, language);
        var owners = new int[text.Length];
        foreach (var (start, end) in segmented.Sentences.Select(s => (s.Start, s.End)).Concat(segmented.Excluded.Select(e => (e.Start, e.End))))
        {
            for (var i = start; i < end; i++)
            {
                owners[i]++;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                owners[i].ShouldBe(1, $"'{text[i]}' at {i}");
            }
        }
    }

    private static SegmentedText Of(string text, string language) => language == "ko" ? Segments.Korean(text) : Segments.English(text);
}
