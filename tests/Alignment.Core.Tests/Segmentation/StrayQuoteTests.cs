using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>A quotation mark that closes far away (a stray or mismatched mark) does not glue the text between into one sentence.</summary>
public sealed class StrayQuoteTests
{
    [Fact]
    public void Should_split_sentences_after_a_mark_that_closes_only_much_later()
    {
        var sentences = Enumerable.Range(1, 9).Select(i => $"위원회는 {i}일째 다시 모여 계획에 대한 여러 증인의 의견을 들었으며 추가 자료 제출을 관계 부처에 요청했다.").ToArray();
        var text = "\"" + string.Join(' ', sentences) + "\"고 위원장이 말했다.";

        Segments.KoreanTexts(text).Length.ShouldBeGreaterThan(4);
    }

    [Fact]
    public void Should_still_hold_a_short_quotation_of_two_sentences()
    {
        const string text = "장관은 \"도발을 규탄한다. 동맹과 함께 대응하겠다\"고 말했다.";

        Segments.KoreanTexts(text).ShouldBe([text]);
    }
}
