using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.polarity (negation): a negation the English drops or adds, against the many ways English renders one and Korean idioms built on one.</summary>
public sealed class NegationCheckTests
{
    private const string Check = "accuracy.polarity";

    [Theory]
    [InlineData("김 감독은 경기 후 \"선수들이 끝까지 집중력을 잃지 않았다\"고 말했다.", "\"The players lost their focus toward the end,\" coach Kim said after the game.", "잃지 않았다")]
    [InlineData("송 의원은 선고 직후 \"재판부 판단을 납득할 수 없다\"고 말했다.", "Right after the sentencing, Rep. Song said, \"I accept the court's judgment.\"", "없다")]
    [InlineData("정부는 업계의 요구에도 이 법안을 승인하지 않았다.", "The government approved the bill despite the industry's demands.", "지 않")]
    [InlineData("경찰은 이번 화재로 인한 인명 피해는 아직 확인되지 않았다고 밝혔다.", "Police said casualties from the fire have been confirmed.", "지 않")]
    [InlineData("시는 올해 축제를 열지 못했다고 밝혔다.", "The city said it held this year's festival.", "지 못")]
    public void Should_report_a_negation_the_English_drops(string korean, string english, string said)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Expected.ShouldBe("a negation");
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldContain(said.Trim());
    }

    [Theory]
    [InlineData("국회는 25일 본회의에서 정부조직법 개정안을 재석 250명 중 찬성 180명으로 통과시켰다.", "On the 25th, the National Assembly did not pass the revision to the Government Organization Act, with 180 of the 250 lawmakers present voting for it.", "not")]
    [InlineData("김 장관은 이날 서울에서 열린 회의에 참석했다.", "Minister Kim never attended the meeting in Seoul that day.", "never")]
    [InlineData("회사는 올해 3분기 영업이익이 12% 늘었다고 밝혔다.", "The company said its third-quarter operating profit didn't rise 12 percent this year.", "n't")]
    public void Should_report_a_negation_the_English_adds(string korean, string english, string found)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe("no negation");
    }

    [Theory]
    // English renders the negation without "not".
    [InlineData("이번 사고로 다친 사람은 없었다고 소방당국은 밝혔다.", "Nobody was hurt in the accident, fire authorities said.")]
    [InlineData("이번 사고로 인한 부상자는 없었다.", "No one was injured in the accident.")]
    [InlineData("그는 기자들의 질문에 답변하지 않았다.", "He declined to answer reporters' questions.")]
    [InlineData("해당 조치는 아직 시행되지 않았다.", "The measure has yet to take effect.")]
    [InlineData("그는 \"팬들의 함성 덕분에 끝까지 포기하지 않을 수 있었다\"며 울먹였다.", "He choked back tears as he said the fans' cheers had kept him from giving up until the end.")]
    [InlineData("선수들은 다치지 않았다.", "The players were unhurt.")]
    [InlineData("북한 대표단은 포럼에 참석하지 않을 것이라고 위협했다.", "The North Korean delegation threatened to boycott the forum.")]
    // Idioms built on a negation that mean none.
    [InlineData("그는 지난 10년 동안 끊임없이 노력했다.", "He has worked constantly for the past 10 years.")]
    [InlineData("적지 않은 시민들이 출근길에 불편을 겪었다.", "A considerable number of citizens were inconvenienced on their way to work.")]
    [InlineData("그는 \"쉽지 않은 결정이었다\"고 말했다.", "He said it had been a difficult decision.")]
    [InlineData("협상은 순탄치 않았다.", "The negotiations were rocky.")]
    [InlineData("지방 재정을 확충하지 않을 수 없다.", "Local finances must be expanded.")]
    [InlineData("서울뿐만 아니라 부산에서도 집회가 열렸다.", "Rallies were held in Busan as well as Seoul.")]
    // A negated word that modifies a noun, said with an adjective.
    [InlineData("양측은 환경을 파괴하지 않는 개발을 추진하기로 했다.", "The two sides agreed to pursue sustainable development.")]
    // Korean look-alikes: a surname, a verb that removes, the English "not" beside a Korean cue.
    [InlineData("안 장관은 이날 회의를 주재했다.", "Minister Ahn chaired the meeting that day.")]
    [InlineData("정부는 규제를 없애기로 했다.", "The government decided to scrap the regulation.")]
    [InlineData("이번 대책은 실패로 끝났다.", "The measures did not work.")]
    [InlineData("그는 참석 여부를 밝히지 않았다.", "He did not say whether he would attend.")]
    [InlineData("정부는 회의 개최 여부를 검토하고 있다.", "The government is weighing whether or not to hold the meeting.")]
    [InlineData("그는 울산뿐 아니라 부산에서도 일했다.", "He worked not only in Ulsan but also in Busan.")]
    public void Should_leave_a_negation_rendered_or_an_idiom_alone(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
