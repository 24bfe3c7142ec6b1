using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.title: a rank the Korean does not give the person, against the ways English names the ranks it does.</summary>
public sealed class TitleCheckTests
{
    private const string Check = "accuracy.title";

    [Theory]
    [InlineData("이형준 복지부 제2차관은 다음 달 대책을 내놓겠다고 말했다.", "Health Minister Lee Hyung-joon said measures would come next month.", "Minister", "vice minister", "차관")]
    [InlineData("박성훈 수석부장판사는 신청을 기각했다.", "Chief Justice Park Sung-hoon rejected the request.", "Chief Justice", "", "수석부장판사")]
    [InlineData("최 장관과 세릭바예프 카자흐스탄 산업건설부 장관이 회담했다.", "Minister Choi and Kazakh Prime Minister Aidan Serikbayev held talks.", "Prime Minister", "minister", "장관")]
    [InlineData("한빛그룹 윤서준 부회장 횡령 혐의 기소", "Hanbit Group chairman indicted for embezzlement", "chairman", "vice chairman", "부회장")]
    [InlineData("북한 외무성 부상이 담화를 발표했다.", "The N. Korean foreign minister issued a statement.", "minister", "vice minister", "부상")]
    [InlineData("이민호 한은 총재는 금리를 동결했다고 말했다.", "BOK Senior Deputy Governor Lee Min-ho said rates were frozen.", "Senior Deputy Governor", "governor", "총재")]
    [InlineData("현장을 찾은 오세진 광주시 행정부시장은 지원을 약속했다.", "Oh Se-jin, Gwangju's mayor, promised support.", "mayor", "vice mayor", "행정부시장")]
    [InlineData("배석한 정하늘 외교부 북미국장은 협의가 유익했다고 말했다.", "\"The talks were useful,\" said Chung Ha-neul, deputy minister for North American affairs.", "deputy minister", "", "북미국장")]
    [InlineData("최은비 부대변인은 브리핑에서 이같이 밝혔다.", "Spokeswoman Choi Eun-bi said so at a briefing.", "Spokeswoman", "deputy spokeswoman", "부대변인")]
    [InlineData("간담회에는 문서윤 특허청 차장이 참석했다.", "Moon Seo-yoon, commissioner of the patent office, attended.", "commissioner", "deputy commissioner", "차장")]
    [InlineData("한가람 보건복지부 노인정책국장은 설명회를 열었다.", "The health ministry's deputy minister for elderly policy, Han Ga-ram, held a briefing.", "deputy minister", "", "노인정책국장")]
    [InlineData("재판장인 민하준 판사는 원고 승소로 판결했다.", "Chief Judge Min Ha-jun ruled for the plaintiffs.", "Chief Judge", "", "판사")]
    [InlineData("박상훈 전북 감독은 경기 후 선수들을 칭찬했다.", "Jeonbuk midfielder Park Sang-hoon praised the players after the game.", "midfielder", "", "감독")]
    [InlineData("대법원 2부(주심 이서연 대법관)는 17일 원심을 확정했다.", "The Supreme Court's Second Division, with Chief Justice Lee Seo-yeon presiding, upheld the lower court ruling on the 17th.", "Chief Justice", "", "대법관")]
    [InlineData("그는 20일 이시다 일본 총리를 예방할 예정이다.", "He is scheduled to pay a courtesy call on Japanese Chief Cabinet Secretary Ishida on the 20th.", "Chief Cabinet Secretary", "", "총리")]
    [InlineData("현장을 찾은 차은우 철도건설본부장은 개통 일정을 설명했다.", "Cha Eun-woo, deputy head of the railway construction office, explained the schedule.", "deputy head", "", "철도건설본부장")]
    [InlineData("함서진 청와대 대변인은 브리핑에서 이같이 밝혔다.", "Presidential chief of staff Ham Seo-jin said so at a briefing.", "chief of staff", "", "대변인")]
    // Another person's 부장관 in the sentence is not this one's title.
    [InlineData("박정훈 외교부 1차관은 미국 국무부 부장관과 통화했다.", "Foreign Minister Park Jung-hoon spoke by phone with the U.S. deputy secretary of state.", "Minister", "vice minister", "차관")]
    [InlineData("이호준 산업부 차관은 \"현실적인 방안\"이라고 설명했다.", "\"It is a realistic plan,\" Minister of Trade, Industry and Energy Lee Ho-joon explained.", "Minister", "vice minister", "차관")]
    // A member is no leader.
    [InlineData("멤버 강도윤은 팬들 덕분이라고 말했다.", "\"Thanks to our fans,\" said leader Kang Do-yoon.", "leader", "", "멤버")]
    // A division's or a unit's chief is no commissioner of the agency.
    [InlineData("노은영 통계청 인구동향과장은 혼인 건수가 늘어난 영향이 크다고 말했다.", "Noh Eun-young, commissioner of Statistics Korea, attributed it to more marriages.", "commissioner", "", "인구동향과장")]
    [InlineData("김도현 경기남부경찰청 형사기동대장은 수사를 계속하겠다고 말했다.", "Kim Do-hyeon, commissioner of the provincial police agency, said police would keep investigating.", "commissioner", "", "형사기동대장")]
    // A party's floor spokesperson is not its floor leader, and a company's 대표이사 is no chairman.
    [InlineData("같은 당 최민호 원내대변인은 논평을 냈다.", "Choi Min-ho, floor leader of the same party, issued a statement.", "floor leader", "", "원내대변인")]
    [InlineData("곽민재 SK하이닉스 대표이사 사장은 선제적 투자라고 말했다.", "SK hynix Chairman Kwak Min-jae called it a preemptive investment.", "Chairman", "", "대표이사")]
    public void Should_report_a_rank_the_source_does_not_give(string korean, string english, string found, string expected, string source)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(source);
    }

    // A rank that names nobody new stands for the one title the Korean gives.
    [Theory]
    [InlineData("정부는 15일 오전 국가안보실장 주재로 긴급회의를 열었다.", "The government held an emergency meeting on the 15th, chaired by the defense minister.", "minister")]
    [InlineData("총리는 이날 회의를 주재했다.", "The president chaired the meeting on the day.", "president")]
    public void Should_report_a_bare_rank_that_can_stand_only_for_the_one_title_of_the_source(string korean, string english, string found)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
    }

    [Theory]
    [InlineData("정부는 15일 오전 국가안보실장 주재로 긴급회의를 열었다.", "The government held an emergency meeting on the 15th, chaired by the national security adviser.")]
    [InlineData("장관은 이날 회의를 주재했다.", "The minister chaired the meeting on the day.")]
    // Two titles in the Korean: the bare rank may be either's.
    [InlineData("차관은 장관의 지시에 따라 회의를 열었다.", "The minister held the meeting.")]
    // A person named in the English: the bare rank may be someone else's.
    [InlineData("총리는 이날 회의를 주재했다.", "The president, Kim Min-jun, was absent as the prime minister chaired the meeting.")]
    public void Should_leave_a_bare_rank_the_title_allows_or_that_may_be_another_persons(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
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
    [InlineData("윤 부회장은 창업주 윤태식 명예회장의 장남이다.", "Yoon is the eldest son of founder and honorary chairman Yoon Tae-sik.")]
    [InlineData("오세진 광주시 행정부시장은 지원을 약속했다.", "Gwangju Vice Mayor for Administration Oh Se-jin promised support.")]
    [InlineData("이민호 한은 부총재는 금리를 동결했다고 말했다.", "BOK Senior Deputy Governor Lee Min-ho said rates were frozen.")]
    [InlineData("박민 서울시장은 대책을 내놨다.", "Seoul Mayor Park Min unveiled measures.")]
    [InlineData("김태호 민주당 대표는 회견을 열었다.", "Democratic Party chairman Kim Tae-ho held a press conference.")]
    [InlineData("이정우 금감원장은 점검을 지시했다.", "FSS Governor Lee Jung-woo ordered an inspection.")]
    [InlineData("이 대통령은 김 장관과 만났다.", "President Lee met Minister Kim.")]
    [InlineData("김 장관은 주식시장 동향을 점검했다.", "Minister Kim reviewed the stock market, the minister said.")]
    [InlineData("김 차관은 회의에 참석했다.", "The minister's deputy, Kim, attended the meeting.")]
    [InlineData("기조연설을 맡은 정 교수는 이같이 말했다.", "The keynote speaker, Professor Chung, said so.")]
    [InlineData("문서윤 특허청 차장이 참석했다.", "Deputy Commissioner Moon Seo-yoon of the patent office attended.")]
    [InlineData("주차장 관리인 김모씨가 입건됐다.", "Kim, the parking lot's administrator, was booked.")]
    [InlineData("위원회는 최 교수를 위원장으로 뽑았다.", "The committee chose Professor Choi as its chairman.")]
    [InlineData("황서진 경기도 행정부지사가 현장을 점검했다.", "Gyeonggi Province Administrative Vice Governor Hwang Seo-jin inspected the site.")]
    [InlineData("재판장인 민하준 부장판사는 원고 승소로 판결했다.", "Presiding Judge Min Ha-jun ruled for the plaintiffs.")]
    [InlineData("형사합의25부(민하준 부장판사)는 징역 3년을 선고했다.", "The division, presided over by Chief Judge Min Ha-jun, handed down a three-year term.")]
    [InlineData("김 차관이 대표단을 이끈다.", "Vice Minister Kim, the deputy minister who will head the delegation, arrives today.")]
    [InlineData("함서진 청와대 비서실장은 브리핑에서 이같이 밝혔다.", "Presidential Chief of Staff Ham Seo-jin said so at a briefing.")]
    [InlineData("김도윤 합참 작전참모장은 대응을 설명했다.", "Kim Do-yoon, the Joint Chiefs of Staff's chief of staff for operations, explained the response.")]
    // Each person with their own title, whichever comes first.
    [InlineData("박정훈 외교부 1차관은 미국 국무부 부장관과 통화했다.", "Vice Foreign Minister Park Jung-hoon spoke by phone with the U.S. deputy secretary of state.")]
    [InlineData("김홍균 외교부 1차관은 조태열 장관과 함께 참석했다.", "First Vice Foreign Minister Kim Hong-kyun attended with Minister Cho Tae-yul.")]
    [InlineData("조태열 외교부 장관과 김용현 국방부 장관은 회담을 열었다.", "Foreign Minister Cho Tae-yul and Defense Minister Kim Yong-hyun held talks.")]
    [InlineData("이호준 산업부 차관은 \"현실적인 방안\"이라고 설명했다.", "\"It is a realistic plan,\" Vice Minister of Trade, Industry and Energy Lee Ho-joon explained.")]
    [InlineData("같은 당 최민호 원내대변인은 논평을 냈다.", "Choi Min-ho, a spokesperson for the same party, issued a statement.")]
    [InlineData("박찬대 원내대표는 회견을 열었다.", "Floor leader Park Chan-dae held a press conference.")]
    [InlineData("노은영 통계청 인구동향과장은 혼인 건수가 늘어난 영향이 크다고 말했다.", "Noh Eun-young, director of the population trends division at Statistics Korea, attributed it to more marriages.")]
    [InlineData("박찬대 원내대표는 회견을 열었다.", "Party leader Park Chan-dae held a press conference.")]
    [InlineData("이재명 대표는 회견을 열었다.", "Opposition leader Lee Jae-myung held a press conference.")]
    [InlineData("김정은 국무위원장은 발사를 참관했다.", "North Korean leader Kim Jong-un watched the launch.")]
    [InlineData("그룹 멤버 강도윤은 팬들 덕분이라고 말했다.", "Group member Kang Do-yoon said it was thanks to the fans.")]
    [InlineData("전북 미드필더 박상훈은 결승골을 넣었다.", "Jeonbuk midfielder Park Sang-hoon scored the winner.")]
    [InlineData("LG 선발 투수 한지석은 6이닝을 던졌다.", "LG starting pitcher Han Ji-seok threw six innings.")]
    [InlineData("주심인 이서연 대법관은 보충의견을 냈다.", "Justice Lee Seo-yeon, who presided, wrote a concurring opinion.")]
    [InlineData("하야시 관방장관은 이날 기자회견에서 말했다.", "Chief Cabinet Secretary Hayashi told a news conference that day.")]
    [InlineData("곽민재 SK하이닉스 대표이사 사장은 선제적 투자라고 말했다.", "SK hynix CEO Kwak Min-jae called it a preemptive investment.")]
    [InlineData("곽민재 SK하이닉스 대표이사 사장은 선제적 투자라고 말했다.", "SK hynix President Kwak Min-jae called it a preemptive investment.")]
    [InlineData("곽민재 SK하이닉스 대표이사 회장은 선제적 투자라고 말했다.", "SK hynix Chairman Kwak Min-jae called it a preemptive investment.")]
    public void Should_leave_the_rank_the_source_gives_or_a_sentence_with_no_title(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
