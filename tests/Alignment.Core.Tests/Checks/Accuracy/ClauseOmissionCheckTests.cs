using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.omission (clause): a clause of a Korean sentence the English leaves out, against clauses rendered in words the lexicon lacks but with their names or figures.</summary>
public sealed class ClauseOmissionCheckTests
{
    private const string Check = "accuracy.omission";

    private const string Opening = "원·달러 환율이 3일 서울 외환시장에서 크게 올랐다.\n시장에서는 달러 강세가 이어질 것이라는 전망이 나온다.\n";
    private const string OpeningEnglish = "The won-dollar exchange rate rose sharply on the Seoul foreign exchange market on the 3rd.\nThe market expects the dollar's strength to continue.\n";
    private const string Closing = "한국은행은 시장 상황을 면밀히 점검하겠다고 밝혔다.\n";
    private const string ClosingEnglish = "The Bank of Korea said it would closely monitor market conditions.\n";

    [Fact]
    public void Should_report_the_clause_the_english_leaves_out()
    {
        const string korean = Opening + "환율은 장 초반 1천490원까지 치솟았으나 외환당국의 구두 개입으로 상승 폭을 일부 반납했다.\n" + Closing;
        const string english = OpeningEnglish + "The rate soared as high as 1,490 won early in the session.\n" + ClosingEnglish;

        var finding = CheckRun.Findings(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("외환당국의 구두 개입으로 상승 폭을 일부 반납했다.");
    }

    [Theory]
    // Both clauses rendered.
    [InlineData("환율은 장 초반 1천490원까지 치솟았으나 외환당국의 구두 개입으로 상승 폭을 일부 반납했다.", "The rate soared as high as 1,490 won early in the session, but gave back some of its gains after verbal intervention by the foreign exchange authorities.")]
    // A clause whose words the lexicon lacks, but whose place the English names.
    [InlineData("환율은 장 초반 1천490원까지 치솟았으나 오후에는 아들레이드 시장 마감 무렵 보합권으로 회귀했다.", "The rate soared as high as 1,490 won early in the session, then drifted back to flat by the close in Adelaide.")]
    // A clause whose figure the English gives.
    [InlineData("환율은 장 초반 1천490원까지 치솟았으나 결국 1천475원에 거래를 마쳤다.", "The rate soared as high as 1,490 won early in the session and settled at 1,475 won.")]
    public void Should_leave_a_clause_the_english_renders(string sentence, string rendering)
    {
        CheckRun.Findings(Opening + sentence + "\n" + Closing, OpeningEnglish + rendering + "\n" + ClosingEnglish, Check).ShouldBeEmpty();
    }
}
