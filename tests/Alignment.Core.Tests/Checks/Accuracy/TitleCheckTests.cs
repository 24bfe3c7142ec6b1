using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.title: a rank the Korean does not give the person, against the ways English names the ranks it does.</summary>
public sealed class TitleCheckTests
{
    private const string Check = "accuracy.title";

    [Theory]
    [InlineData("이형준 복지부 제2차관은 다음 달 대책을 내놓겠다고 말했다.", "Health Minister Lee Hyung-joon said measures would come next month.", "Minister", "vice minister", "차관")]
    [InlineData("박성훈 수석부장판사는 신청을 기각했다.", "Chief Justice Park Sung-hoon rejected the request.", "Justice", "", "수석부장판사")]
    [InlineData("최 장관과 세릭바예프 카자흐스탄 산업건설부 장관이 회담했다.", "Minister Choi and Kazakh Prime Minister Aidan Serikbayev held talks.", "Prime Minister", "minister", "장관")]
    public void Should_report_a_rank_the_source_does_not_give(string korean, string english, string found, string expected, string source)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(source);
    }

    [Theory]
    [InlineData("조태열 외교부 장관은 회담을 열었다.", "Foreign Minister Cho Tae-yeol held talks.")]
    [InlineData("김민수 외교부 1차관이 참석했다.", "First Vice Foreign Minister Kim Min-soo attended.")]
    [InlineData("정성훈 외교부 차관보가 참석했다.", "Deputy Foreign Minister Chung Sung-hoon attended.")]
    [InlineData("왕하이린 중국 외교부 부장조리가 참석했다.", "Chinese Assistant Foreign Minister Wang Hailin attended.")]
    [InlineData("왕이 중국 외교부장은 회담했다.", "Chinese Foreign Minister Wang Yi held talks.")]
    [InlineData("이시바 일본 총리가 방한했다.", "Japanese Prime Minister Shigeru Ishiba visited Seoul.")]
    [InlineData("최경환 부총리 겸 기획재정부 장관이 발표했다.", "Deputy Prime Minister Choi Kyung-hwan announced it.")]
    [InlineData("정부는 대책을 발표했다.", "Prime Minister Han's government announced measures.")]
    [InlineData("최 회장은 신제품을 공개했다.", "Chairman Choi unveiled the product, President Kim said.")]
    public void Should_leave_the_rank_the_source_gives_or_a_sentence_with_no_title(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
