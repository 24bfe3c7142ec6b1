using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.name: one person of the story named in place of another, both in full.</summary>
public sealed class PersonExchangeCheckTests
{
    private const string Check = "terminology.name";

    private const string Korean =
        "울산이 전북을 3-1로 꺾었다.\n선제골은 전반 17분에 나왔다.\n이강민이 왼쪽에서 때린 오른발 슈팅이 골문 구석에 꽂혔다.\n" +
        "전북은 후반 8분 동점골을 넣었다.\n수비수 박지훈이 경고를 받았다.\n그러나 울산은 후반 31분 최우진의 결승골로 승부를 갈랐다.\n";

    [Fact]
    public void Should_report_a_person_of_the_story_named_in_place_of_the_one_the_source_names()
    {
        var english = "Ulsan beat Jeonbuk 3-1.\nThe opener came in the 17th minute.\nChoi Woo-jin's right-footed shot from the left found the corner.\n" +
            "Jeonbuk equalized in the 53rd minute.\nDefender Park Ji-hoon was booked.\nBut Ulsan settled it with Choi Woo-jin's winner in the 76th minute, after Lee Kang-min's opener.\n";

        var finding = CheckRun.Of(Korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe("Choi Woo-jin");
        finding.Expected.ShouldBe("Lee Kang-min");
        Korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe("이강민");
    }

    [Theory]
    // The right person.
    [InlineData("Lee Kang-min's right-footed shot from the left found the corner.")]
    // The person told of in the next sentence, moved one sentence up by the translator.
    [InlineData("Lee Kang-min's shot found the corner, and Park Ji-hoon was booked later.")]
    // No name: "his shot".
    [InlineData("His right-footed shot from the left found the corner.")]
    public void Should_leave_the_right_person_a_name_moved_by_a_sentence_or_none(string third)
    {
        var english = "Ulsan beat Jeonbuk 3-1.\nThe opener came in the 17th minute.\n" + third + "\n" +
            "Jeonbuk equalized in the 53rd minute.\nDefender Park Ji-hoon was booked.\nBut Ulsan settled it with Choi Woo-jin's winner in the 76th minute.\n";

        CheckRun.Of(Korean, english, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }
}
