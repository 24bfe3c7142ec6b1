using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests.Gazetteer;

/// <summary>
/// South Korea's own parties, unions, civic groups and state companies in the shipped gazetteer: one put in
/// another's place is an entity swap, and a romanized name is no translation of one.
/// </summary>
public sealed class ShippedOrganisationTests
{
    [Theory]
    [InlineData("환경운동연합은 이날 성명을 내고 정부 발표를 비판했다.", "Green Korea United criticized the government's announcement in a statement on the day.", "Green Korea United", "Korea Federation for Environmental Movements")]
    [InlineData("민주노총은 다음 달 총파업을 예고했다.", "The Federation of Korean Trade Unions announced a general strike for next month.", "Federation of Korean Trade Unions", "Korean Confederation of Trade Unions")]
    [InlineData("더불어민주당은 법안을 단독 처리했다.", "The People Power Party passed the bill on its own.", "People Power Party", "Democratic Party of Korea")]
    [InlineData("금융감독원은 은행들에 대한 검사에 착수했다.", "The Financial Services Commission launched inspections of the banks.", "Financial Services Commission", "Financial Supervisory Service")]
    [InlineData("증권가는 SK하이닉스의 3분기 영업이익이 5조원을 넘을 것으로 전망했다.", "Brokerages forecast that LG Electronics' third-quarter operating profit would top 5 trillion won.", "LG Electronics", "SK hynix")]
    [InlineData("현대차는 미국 판매가 늘었다고 밝혔다.", "Toyota said its U.S. sales rose.", "Toyota", "Hyundai Motor")]
    [InlineData("메타버스 시장이 커졌다고 네이버가 밝혔다.", "Kakao said the metaverse market had grown.", "Kakao", "Naver")]
    [InlineData("산업통상자원부는 26일 전력수급기본계획 초안을 발표했다.", "The Ministry of Environment on the 26th released a draft of the basic plan for electricity.", "Ministry of Environment", "Ministry of Trade, Industry and Energy")]
    [InlineData("식약처는 신약의 품목 허가를 내줬다.", "The Korea Disease Control and Prevention Agency approved the new drug.", "Korea Disease Control and Prevention Agency", "Ministry of Food and Drug Safety")]
    [InlineData("삼성 라이온즈는 28일 한국시리즈 6차전에서 한화에 패했다.", "The LG Twins lost Game 6 of the Korean Series to Hanwha on the 28th.", "LG Twins", "Samsung Lions")]
    [InlineData("울산 HD는 포항 스틸러스를 2-1로 꺾었다.", "Ulsan HD beat Jeonbuk Hyundai Motors 2-1.", "Jeonbuk Hyundai Motors", "Pohang Steelers")]
    [InlineData("이에 따라 분당서울대병원의 외래 진료가 일부 축소됐다.", "As a result, outpatient care at the Seoul National University Hospital was partly reduced.", "Seoul National University Hospital", "Seoul National University Bundang Hospital")]
    [InlineData("김도연 한국투자증권 연구원은 \"수익성이 개선됐다\"고 말했다.", "Kim Do-yeon, an analyst at Mirae Asset Securities, said profitability had improved.", "Mirae Asset Securities", "Korea Investment & Securities")]
    [InlineData("우리은행은 대출 금리를 내렸다.", "Shinhan Bank lowered its lending rates.", "Shinhan Bank", "Woori Bank")]
    [InlineData("현대경제연구원은 내년 성장률을 1.8%로 전망했다.", "The Korea Development Institute forecast 1.8 percent growth for next year.", "Korea Development Institute", "Hyundai Research Institute")]
    [InlineData("한국도로공사는 운전자들에게 안전 운전을 당부했다.", "The Korea Road Traffic Authority urged drivers to drive safely.", "Korea Road Traffic Authority", "Korea Expressway Corp.")]
    [InlineData("노조는 세종시 정부세종청사 앞에서 기자회견을 열었다.", "The union held a press conference in front of the Government Complex Seoul.", "Government Complex Seoul", "Government Complex Sejong")]
    public void Should_report_one_organisation_for_another(string korean, string english, string found, string expected)
    {
        var finding = Check(korean, english, "terminology.entity").ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
    }

    [Theory]
    [InlineData("환경운동연합과 녹색연합은 공동 성명을 냈다.", "The Korea Federation for Environmental Movements and Green Korea United issued a joint statement.")]
    [InlineData("민주노총은 다음 달 총파업을 예고했다.", "The KCTU announced a general strike for next month.")]
    [InlineData("국민의힘과 더불어민주당은 합의에 실패했다.", "The People Power Party and the Democratic Party failed to reach a deal.")]
    [InlineData("노조는 다음 달 총파업을 예고했다.", "The Korean Metal Workers' Union announced a general strike for next month.")]
    [InlineData("현대차와 기아는 미국 판매가 늘었다고 밝혔다.", "Hyundai Motor and Kia said their U.S. sales rose.")]
    [InlineData("아마존 열대우림 파괴가 심해졌다.", "Destruction of the Amazon rainforest has worsened.")]
    [InlineData("삼성전자는 엔비디아에 HBM을 공급한다.", "Samsung Electronics supplies HBM chips to Nvidia.")]
    [InlineData("외교부는 이날 성명을 냈다.", "The Foreign Ministry issued a statement on the day.")]
    [InlineData("김도연 한국투자증권 연구원은 \"수익성이 개선됐다\"고 말했다.", "Kim Do-yeon, an analyst at Korea Investment & Securities, said profitability had improved.")]
    [InlineData("하나은행 여자농구단은 승리했다.", "Bucheon Hana Bank won.")]
    [InlineData("서울대병원 신경과 김도현 교수는 임상 결과를 설명했다.", "Kim Do-hyun, a neurology professor at Seoul National University Hospital, explained the trial results.")]
    // A club's nickname alone is no club: the Lions are also Detroit's.
    [InlineData("삼성 라이온즈는 한화 이글스를 5-3으로 꺾었다.", "The Samsung Lions beat the Hanwha Eagles 5-3, and the Lions now lead the series.")]
    [InlineData("디트로이트 라이온스는 개막전에서 이겼다.", "The Detroit Lions won their season opener.")]
    // The news agency of the dateline, which the Korean sets apart from the story's sentences.
    [InlineData("[서울=뉴스1]정수민 기자 = 식약처는 신약의 품목 허가를 내줬다.", "SEOUL, News1 — The Ministry of Food and Drug Safety approved the new drug.")]
    public void Should_leave_the_organisation_the_source_names(string korean, string english)
    {
        Check(korean, english, "terminology.entity").ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_romanized_organisation_with_its_english_name()
    {
        var finding = Check("한국거래소는 3일 거래를 재개했다.", "Hanguk Georaeso resumed trading on the 3rd.", "terminology.transliteration").ShouldHaveSingleItem();

        finding.Found.ShouldBe("Hanguk Georaeso");
        finding.Expected.ShouldBe("Korea Exchange");
        finding.Suggestion.ShouldBe("Korea Exchange resumed trading on the 3rd.");
    }

    [Theory]
    [InlineData("한국조선해양플랜트협회에 따르면 올해 수주량이 늘었다.", "According to the Hanguk Joseon Haeyang Peullaenteu Hyeophoe, orders rose this year.", "Haeyang Peullaenteu Hyeophoe")]
    [InlineData("전국금속노동조합은 파업을 예고했다.", "The Jeonguk Geumsok Nodong Johap announced a strike.", "Jeonguk Geumsok Nodong Johap")]
    public void Should_read_an_organisation_name_as_the_words_it_is_made_of(string korean, string english, string found)
    {
        Check(korean, english, "terminology.transliteration").ShouldHaveSingleItem().Found.ShouldBe(found);
    }

    [Theory]
    [InlineData("민변은 성명을 내고 판결을 비판했다.", "Minbyun criticized the ruling in a statement.")]
    [InlineData("한겨레는 이날 사설에서 정부를 비판했다.", "The Hankyoreh criticized the government in an editorial on the day.")]
    [InlineData("경기남부경찰청은 15명을 검거했다고 밝혔다.", "The Gyeonggi Nambu Provincial Police Agency said it had apprehended 15 people.")]
    public void Should_leave_a_romanized_name_the_organisation_uses_itself(string korean, string english)
    {
        Check(korean, english, "terminology.transliteration").ShouldBeEmpty();
    }

    private static IReadOnlyList<Core.Findings.Finding> Check(string korean, string english, string check) => ShippedGazetteer.Check(korean, english, check);
}
