using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.addition (clause): a clause the English adds to a sentence it otherwise renders, against clauses that render the Korean in words, figures or names.</summary>
public sealed class ClauseAdditionCheckTests
{
    private const string Check = "accuracy.addition";

    private const string Opening = "한일 외교장관이 19일 도쿄에서 회담을 열었다.\n두 장관은 양국 간 인적 교류를 확대하기로 합의했다.\n";
    private const string OpeningEnglish = "The foreign ministers of South Korea and Japan held talks in Tokyo on the 19th.\nThe two ministers agreed to expand people-to-people exchanges between the two countries.\n";
    private const string Closing = "외교부는 회담 결과를 20일 발표할 예정이다.\n";
    private const string ClosingEnglish = "The Foreign Ministry plans to announce the results on the 20th.\n";

    [Fact]
    public void Should_report_the_clause_the_english_adds()
    {
        const string korean = Opening + "양측은 중단됐던 외교 안보 대화를 재개하기로 했다.\n" + Closing;
        const string english = OpeningEnglish + "The two sides also agreed to resume their suspended diplomatic and security dialogue, and to hold a joint cultural festival next spring.\n" + ClosingEnglish;

        var finding = CheckRun.Findings(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(", and to hold a joint cultural festival next spring.");
    }

    [Theory]
    // A clause that renders the Korean, by its figure or by its name.
    [InlineData("이 사고로 2명이 숨지고 9명이 다쳤다.", "Two people were killed in the accident, and nine others were injured in the same crash.")]
    [InlineData("양측은 외교 안보 대화를 재개하고 나카무라 대사를 통해 협의하기로 했다.", "The two sides agreed to resume their diplomatic and security dialogue, with talks to be held through Ambassador Nakamura.")]
    // Both halves rendered in words the lexicon knows.
    [InlineData("양측은 중단됐던 외교 안보 대화를 재개하고 해양 안보 협의체를 새로 만들기로 했다.", "The two sides also agreed to resume their suspended diplomatic and security dialogue, and to launch a new consultative body on maritime security.")]
    public void Should_leave_a_clause_that_renders_the_korean(string korean, string english)
    {
        CheckRun.Findings(Opening + korean + "\n" + Closing, OpeningEnglish + english + "\n" + ClosingEnglish, Check).ShouldBeEmpty();
    }
}
