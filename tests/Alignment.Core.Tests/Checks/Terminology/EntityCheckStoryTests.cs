using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.entity judged against the whole Korean story, not only the aligned sentence.</summary>
public sealed class EntityCheckStoryTests
{
    private const string Check = "terminology.entity";

    [Fact]
    public void Should_leave_a_name_the_korean_story_mentions_in_another_sentence()
    {
        const string korean = "캐나다 외교장관은 2025년 오타와에서 회견을 열었다.\n장관은 2025년 호주 방문 계획도 밝혔다.\n";
        const string english = "Canada's foreign minister held a news conference in Ottawa in 2025, ahead of a trip to Australia.\nThe minister also announced plans for a 2025 visit.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        report.Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_still_report_a_swap_the_story_never_mentions()
    {
        const string korean = "캐나다 외교장관은 2025년 오타와에서 회견을 열었다.\n장관은 2025년 호주 방문 계획도 밝혔다.\n";
        const string english = "Canada's foreign minister held a news conference in Ottawa in 2025.\nThe minister also announced plans for a 2025 visit to Austria.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        var finding = report.Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();
        finding.Found.ShouldBe("Austria");
        finding.Expected.ShouldBe("Australia");
    }

    [Fact]
    public void Should_leave_a_country_beside_a_capital_the_english_story_names_elsewhere()
    {
        const string korean = "선수들은 2025년 베이징에 도착하기 시작했다.\n대표팀 단장은 \"베이징에 도착한 날은 최악이었다\"고 말했다.\n";
        const string english = "Athletes began arriving in Beijing in 2025.\n\"The day I arrived was awful,\" said the team leader from Japan.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        report.Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_still_report_a_country_for_a_capital_the_english_never_names()
    {
        const string korean = "선수들은 2025년 훈련장에 도착하기 시작했다.\n대표단은 2025년 베이징에 도착했다.\n";
        const string english = "Athletes began arriving at the training sites in 2025.\nThe delegation arrived in Japan in 2025.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        var finding = report.Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();
        finding.Found.ShouldBe("Japan");
        finding.Expected.ShouldBe("Beijing");
    }
}
