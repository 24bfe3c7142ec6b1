using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.name: a Korean person in the English that the source does not name, in place of one it does.</summary>
public sealed class PersonNameCheckTests
{
    private const string Check = "terminology.name";

    [Theory]
    [InlineData("리더 한서준은 “팬들에게 감사하다”고 말했다.", "\"We are grateful to our fans,\" leader Kang Seo-jun said.", "Kang Seo-jun", "한서준", "Han Seo-jun")]
    [InlineData("이창용 한국은행 총재는 24일 기자회견을 열었다.", "Bank of Korea Governor Kim Chang-yong held a news conference on the 24th.", "Kim Chang-yong", "이창용", "Lee Chang-yong")]
    [InlineData("조태열 외교부 장관은 3일 회담을 가졌다.", "Foreign Minister Park Min-soo held talks on the 3rd.", "Park Min-soo", "조태열", "Cho Tae-yeol")]
    [InlineData("졸리 장관은 이번 방한 기간 한덕수 국무총리를 예방하고 배터리 공장을 방문한다.", "Joly will call on Prime Minister Choo Kyung-ho and visit a battery plant.", "Choo Kyung-ho", "한덕수", "Han Deok-su")]
    [InlineData("외교부 박준영 대변인은 15일 정례브리핑에서 이같이 밝혔다.", "Foreign Ministry spokesperson Park Jin-young said so at a regular briefing on the 15th.", "Park Jin-young", "박준영", "Park Jun-yeong")]
    [InlineData("김서연 선수는 3일 결승골을 넣었다.", "Kim Seo-jin scored the winner on the 3rd.", "Kim Seo-jin", "김서연", "Kim Seo-yeon")]
    [InlineData("시의회 행정위원회 윤소희 위원장은 재원 대책이 필요하다고 지적했다.", "Yoo So-hee, chair of the council's administration committee, said funding was needed.", "Yoo So-hee", "윤소희", "Yoon So-hee")]
    [InlineData("진태겸 해담중공업 대표는 수주가 늘었다고 말했다.", "Haedam Heavy Industries CEO Jin Tae-gyeong said orders rose.", "Jin Tae-gyeong", "진태겸", "Jin Tae-gyeom")]
    [InlineData("탁은결 공정위 부위원장은 “법을 집행하겠다”고 밝혔다. “엄정하게 하겠다”는 것이다.", "\"We will enforce the law,\" FTC Vice Chairman Park Eun-gyeol said. \"Strictly.\"", "Park Eun-gyeol", "탁은결", "Tak Eun-gyeol")]
    // A verb of a name's shape in the sentence (송구하다) is no second person with the surname.
    [InlineData("송재근 국회의장은 표결에 앞서 \"국민께 송구하다\"고 말했다.", "National Assembly Speaker Song Young-geun said before the vote, \"I apologize to the public.\"", "Song Young-geun", "송재근", "Song Jae-geun")]
    public void Should_report_a_name_the_source_does_not_give_in_place_of_one_it_does(string korean, string english, string found, string name, string expected)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(name);
        english[finding.TargetStart!.Value..finding.TargetEnd!.Value].ShouldBe(found);
    }

    [Fact]
    public void Should_correct_a_wrong_surname_and_keep_the_given_name_as_written()
    {
        var finding = CheckRun.Bare("리더 한서준은 “팬들에게 감사하다”고 말했다.", "\"We are grateful to our fans,\" leader Kang Seo-jun said.", Check).ShouldHaveSingleItem();

        finding.Suggestion.ShouldBe("\"We are grateful to our fans,\" leader Han Seo-jun said.");
    }

    [Fact]
    public void Should_expect_the_given_name_as_the_english_spells_it_when_only_the_surname_is_wrong()
    {
        var finding = CheckRun.Bare("재판장인 한승우 부장판사는 징역형을 선고했다.", "Presiding Judge Ahn Seung-woo handed down a prison term.", Check).ShouldHaveSingleItem();

        finding.Expected.ShouldBe("Han Seung-woo");
        finding.Suggestion.ShouldBe("Presiding Judge Han Seung-woo handed down a prison term.");
    }

    [Theory]
    [InlineData("이창용 한국은행 총재는 24일 기자회견을 열었다.", "Bank of Korea Governor Rhee Chang-yong held a news conference on the 24th.")]
    [InlineData("이창용 한국은행 총재는 24일 기자회견을 열었다.", "Bank of Korea Governor Lee Chang-yong held a news conference on the 24th.")]
    [InlineData("최태원 회장은 24일 기자회견을 열었다.", "Chairman Chey Tae-won held a news conference on the 24th.")]
    [InlineData("조태열 외교부 장관은 3일 회담을 가졌다.", "Foreign Minister Cho Tae-yul held talks on the 3rd.")]
    [InlineData("정호영 의원은 3일 법안을 발의했다.", "Rep. Chung Ho-young proposed the bill on the 3rd.")]
    [InlineData("윤석열 대통령은 3일 회담을 가졌다.", "President Yoon Suk Yeol held talks on the 3rd.")]
    [InlineData("박시우 선수는 3일 결승골을 넣었다.", "Park Si-woo scored the winner on the 3rd.")]
    [InlineData("왕가위 감독은 3일 새 영화를 공개했다.", "Director Wong Kar-wai unveiled his new film on the 3rd.")]
    [InlineData("김연아 선수는 3일 은퇴를 발표했다.", "Kim Yu-na announced her retirement on the 3rd.")]
    [InlineData("한덕수 국무총리는 3일 회의를 주재했다.", "Prime Minister Han Duck-soo chaired the meeting on the 3rd.")]
    [InlineData("강경화 장관은 3일 회담을 가졌다.", "Minister Kang Kyung-wha held talks on the 3rd.")]
    [InlineData("이승엽 감독은 3일 기자회견을 열었다.", "Manager Lee Seung-yuop held a news conference on the 3rd.")]
    [InlineData("정의용 실장은 3일 회담을 가졌다.", "National Security Adviser Chung Eui-yong held talks on the 3rd.")]
    [InlineData("안규백 장관은 3일 회의를 주재했다.", "Minister Ahn Gyu-back chaired the meeting on the 3rd.")]
    [InlineData("김정은 국무위원장은 3일 시험발사를 참관했다.", "Kim Jong-un watched the test launch on the 3rd.")]
    [InlineData("시의회 행정위원회 윤소희 위원장은 재원 대책이 필요하다고 지적했다.", "Yun So-hee, chair of the council's administration committee, said funding was needed.")]
    [InlineData("장관은 3일 회담을 가졌다.", "Minister Cho Tae-yul held talks on the 3rd.")]
    [InlineData("진태경 해담중공업 대표는 수주가 늘었다고 말했다.", "Haedam Heavy Industries CEO Jin Tae-gyeong said orders rose.")]
    [InlineData("탁은결 공정위 부위원장은 “법을 집행하겠다”고 밝혔다. “엄정하게 하겠다”는 것이다.", "\"We will enforce the law,\" FTC Vice Chairman Tak Eun-gyeol said. \"Strictly.\"")]
    public void Should_accept_the_spellings_english_copy_uses(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_accept_an_added_name_beside_the_names_the_source_gives()
    {
        CheckRun.Bare("조태열 외교부 장관은 3일 회담을 가졌다.", "Foreign Minister Cho Tae-yul held talks on the 3rd with his counterpart Park Min-soo.", Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_a_name_the_korean_story_gives_in_another_sentence()
    {
        const string korean = "조태열 외교부 장관은 3일 회담을 가졌다.\n박민수 차관은 2025년 예산을 설명했다.\n";
        const string english = "Foreign Minister Cho Tae-yul and Vice Minister Park Min-soo held talks on the 3rd.\nThe vice minister explained the 2025 budget.\n";

        CheckRun.Of(korean, english, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("서울 아파트값이 오르는 가운데 가계부채가 사상 최대치를 경신했다.", "Reporter Lee Ji-hoon -- Household debt hit another record high as Seoul apartment prices rose.")]
    [InlineData("한지원 감독의 영화가 로카르노영화제에서 최고상을 받았다.", "Reporter Oh Ji-eun -- Director Han Ji-won's film won the top prize at the Locarno festival.")]
    [InlineData("(서울=뉴스1) 이지훈 기자 = 가계부채가 사상 최대치를 경신했다.", "SEOUL (News1) Reporter Lee Ji-hoon -- Household debt hit another record high.")]
    public void Should_not_take_a_word_of_a_name_shape_for_the_person_an_english_byline_names(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
