using Alignment.Core.Findings;
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
    public void Should_report_a_name_of_the_sentence_beside_that_its_own_english_already_gives()
    {
        // 대구 is rendered in its own sentence; Daegu again for 부산 has not moved, it has replaced.
        const string korean = "경북에서는 진도 5가, 대구에서는 진도 4가 관측됐다.\n기상청은 경북과 부산 지역 주민들에게 재난문자를 보냈다.\n";
        const string english = "An intensity of 5 was recorded in North Gyeongsang and 4 in Daegu.\nThe KMA sent disaster alerts to residents of North Gyeongsang and Daegu.\n";

        var finding = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Daegu");
        finding.Expected.ShouldBe("Busan");
    }

    [Fact]
    public void Should_leave_a_name_moved_from_the_sentence_beside()
    {
        const string korean = "경북에서는 진도 5가, 대구에서는 진도 4가 관측됐다.\n기상청은 경북과 부산 지역 주민들에게 재난문자를 보냈다.\n";
        const string english = "An intensity of 5 was recorded in North Gyeongsang, and of 4 nearby.\nThe KMA sent disaster alerts to residents of North Gyeongsang, Busan and Daegu.\n";

        CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small).Findings.ShouldNotContain(f => f.Check == Check);
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

    [Fact]
    public void Should_report_a_country_the_story_names_only_far_off_when_the_sources_country_is_missing_around_it()
    {
        const string korean = "일본의 사토 선수는 2025년 결승에서 우승했다.\n이 선수는 2025년에 세 번째 우승을 차지했다.\n대표팀 감독은 2025년 대회를 돌아봤다.\n남자 복식 조는 준결승에서 중국 조에 0-2로 졌다.\n";
        const string english = "Japan's Sato won the final in 2025.\nIt was her third title in 2025.\nThe team's coach looked back on the 2025 event.\nThe men's doubles pair lost 2-0 to a Japanese pair in the semifinals.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        var finding = report.Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();
        finding.Found.ShouldBe("Japanese");
        finding.Expected.ShouldBe("China");
        finding.Severity.ShouldBe(Severity.Major);
    }

    [Fact]
    public void Should_leave_a_country_the_story_names_far_off_when_the_sources_country_moved_to_the_next_sentence()
    {
        const string korean = "일본의 사토 선수는 2025년 결승에서 우승했다.\n이 선수는 2025년에 세 번째 우승을 차지했다.\n대표팀 감독은 2025년 대회를 돌아봤다.\n남자 복식 조는 준결승에서 중국 조에 0-2로 졌다.\n조는 2025년 다음 대회를 준비한다.\n";
        const string english = "Japan's Sato won the final in 2025.\nIt was her third title in 2025.\nThe team's coach looked back on the 2025 event.\nThe men's doubles pair lost 2-0 in the semifinals, like Japan's pair.\nThe pair beaten by China prepares for the next event in 2025.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        report.Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_leave_a_city_the_story_names_far_off_added_beside_the_sources_country()
    {
        const string korean = "선수단은 2025년 베이징 대회에 나간다.\n대표팀은 2025년 훈련을 마쳤다.\n감독은 2025년 전력을 점검했다.\n대표단은 2025년 스위스에서 회의를 연다.\n";
        const string english = "The team will compete at the Beijing event in 2025.\nThe squad finished training in 2025.\nThe coach checked the squad in 2025.\nThe delegation will meet in 2025 to save its place at the Beijing Games.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        report.Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_read_a_headlines_one_character_hanja_as_its_country()
    {
        const string korean = "北에 2025년 기술 제공 우려.\n";
        const string english = "Concern in 2025 over technology for Russia.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        var finding = report.Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();
        finding.Found.ShouldBe("Russia");
        finding.Expected.ShouldBe("North Korea");
    }

    [Fact]
    public void Should_not_read_a_syllable_of_a_hanja_word_as_a_country()
    {
        const string korean = "中企 2025년 수출 늘어.\n";
        const string english = "Small firms' exports to Japan rose in 2025.\n";

        var report = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small);

        report.Findings.ShouldNotContain(f => f.Check == Check);
    }
}
