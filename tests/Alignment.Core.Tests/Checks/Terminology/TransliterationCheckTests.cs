using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.transliteration: an ordinary Korean word romanized where the English needed a translation.</summary>
public sealed class TransliterationCheckTests
{
    private const string Check = "terminology.transliteration";
    private const string DefenseGlossary = "source,target,forbidden,note\n국방부,Ministry of National Defense|Defense Ministry,,\n";

    [Theory]
    [InlineData("국제연합 총회는 결의안을 채택했다.", "The Yuen General Assembly adopted the resolution.", "Yuen")]
    public void Should_report_another_korean_name_of_the_institution_romanized(string korean, string english, string found)
    {
        var finding = CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("국제연합");
    }

    [Fact]
    public void Should_leave_an_institution_given_its_english_name()
    {
        CheckRun.Of("국제연합 총회는 결의안을 채택했다.\n", "The UN General Assembly adopted the resolution.\n", glossary: null, gazetteer: Gazetteers.Small).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("부산지방고용노동청은 노사 양측을 만났다.", "The Busan Jibang Goyongnodongcheong met with both sides.", "Jibang Goyongnodongcheong", "지방고용노동청")]
    [InlineData("축구협회 전력강화위원회는 새 감독을 뽑았다.", "The association's Jeollyeokganghwa Committee picked a new coach.", "Jeollyeokganghwa", "전력강화")]
    [InlineData("간담회에는 김도현 관세청장도 참석했다.", "Kim Do-hyun, head of the Gwansecheong, also attended the meeting.", "Gwansecheong", "관세청")]
    [InlineData("전국보건의료노동조합은 파업을 예고했다.", "The Jeonguk Bogeon Uiryo Nodongjohap warned of a strike.", "Jeonguk Bogeon Uiryo Nodongjohap", "전국보건의료노동조합")]
    [InlineData("한국조선해양플랜트협회에 따르면 수주가 늘었다.", "According to the Korea Haeyang Peullaenteu Hyeophoe, orders rose.", "Haeyang Peullaenteu Hyeophoe", "해양플랜트협회")]
    [InlineData("서울조선해양플랜트협회는 수주가 늘었다고 밝혔다.", "The Seoul Joseon Haeyang Peullaenteu Hyeophoe said orders rose.", "Haeyang Peullaenteu Hyeophoe", "해양플랜트협회")]
    [InlineData("한국해양수산개발원(KMI)은 물동량이 늘어날 것으로 내다봤다.", "The Hanguk Haeyang Susan Gaebarwon (KMI) forecast that volume would rise.", "Hanguk Haeyang Susan Gaebarwon", "한국해양수산개발원")]
    // A law's name ends in 법 as an institution's in 청: "the Jeongchijageum Act" for 정치자금법.
    [InlineData("현행법상 의원은 정치자금법 위반으로 징역형이 확정되면 의원직을 잃는다.", "A lawmaker loses the seat if a prison term for violating the Jeongchijageum Act is upheld.", "Jeongchijageum", "정치자금")]
    // A compound the lexicon knows whole still has parts: "geonjo warnings" for 건조경보 (dry weather warnings).
    [InlineData("산림청은 강원 영동 지역에 건조경보가 이어지고 있다고 밝혔다.", "The Korea Forest Service said geonjo warnings remain in effect in the Yeongdong region of Gangwon.", "geonjo", "건조")]
    public void Should_report_a_romanized_run_of_a_compounds_parts(string korean, string english, string found, string source)
    {
        var finding = CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(source);
    }

    [Theory]
    [InlineData("전국상인회총연맹은 대책을 촉구했다.", "The Jeonguk Sanginhoe Chongyeonmaeng called for measures.", "Jeonguk Sanginhoe Chongyeonmaeng", "전국상인회총연맹")]
    [InlineData("소속사는 미지급 정산금이 없다고 밝혔다.", "The agency said it owed no unpaid jeongsangeum.", "jeongsangeum", "정산금")]
    [InlineData("교육과정평가원은 출제 오류가 없다고 밝혔다.", "The Gyoyukgwajeong Pyeonggawon said there were no errors in the questions.", "Gyoyukgwajeong Pyeonggawon", "교육과정평가원")]
    [InlineData("국방부는 2일 북한의 미사일 발사를 강하게 규탄했다.", "The Gukbangbu strongly condemned North Korea's missile launch on the 2nd.", "Gukbangbu", "국방부")]
    [InlineData("합참은 북한이 동해상으로 탄도미사일 2발을 발사했다고 밝혔다.", "The Hapcham said North Korea fired two ballistic missiles into the East Sea.", "Hapcham", "합참")]
    [InlineData("정부는 대북 제재를 한층 강화하기로 했다.", "The government decided to further strengthen Daebuk sanctions.", "Daebuk", "대북")]
    [InlineData("정부는 9일 국무회의를 열어 예산안을 의결한다.", "The government will hold a Gungmu Hoeui on the 9th to approve the budget.", "Gungmu Hoeui", "국무회의")]
    [InlineData("금통위가 기준금리를 내린 것은 3개월 만이다.", "It is the first rate cut by the Geumtongwi in three months.", "Geumtongwi", "금통위")]
    [InlineData("한국거래소는 3일 거래를 재개했다.", "Hanguk Georaeso resumed trading on the 3rd.", "Hanguk Georaeso", "한국거래소")]
    [InlineData("한국야구위원회는 관중이 늘었다고 밝혔다.", "The Hanguk Yagu Wiwonhoe said attendance rose.", "Hanguk Yagu Wiwonhoe", "한국야구위원회")]
    [InlineData("중앙재난안전대책본부(중대본)는 사망자가 3명이라고 밝혔다.", "The Jungdaebon said three people had died.", "Jungdaebon", "중대본")]
    public void Should_report_a_romanized_ordinary_word_as_major(string korean, string english, string found, string word)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(found);
        korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(word);
    }

    private const string StatisticsGlossary = """
        source,target,forbidden,note,severity
        통계청,Statistics Korea|statistics agency,,,
        """;

    [Fact]
    public void Should_report_a_place_and_a_word_romanized_together()
    {
        // 반도 of 산둥반도 is a word (peninsula), whatever the place's spelling.
        const string gazetteer = "id,kind,english,korean,abbreviation,country\ncn-shandong,city,Shandong|Shandong Province,산둥성|산둥,,cn\n";
        const string korean = "연구원은 산둥반도에서 유입된 오염물질 때문에 농도가 높아졌다고 밝혔다.\n";

        var finding = CheckRun.Of(korean, "The institute said pollutants flowed in from the Sandong Bando.\n", glossary: null, gazetteer: gazetteer).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Sandong Bando");
        CheckRun.Of(korean, "The institute said pollutants flowed in from the Shandong Peninsula.\n", glossary: null, gazetteer: gazetteer).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_report_a_glossary_term_romanized_before_a_comma_that_goes_on_with_the_sentence()
    {
        var finding = CheckRun.Of("통계청에 따르면 학령인구는 10년 새 20% 줄었다.\n", "According to Tonggyecheong, the school-age population fell 20 percent in 10 years.\n", StatisticsGlossary)
            .Findings.ShouldHaveSingleItem();

        finding.Check.ShouldBe(Check);
        finding.Found.ShouldBe("Tonggyecheong");
        finding.Expected.ShouldBe("Statistics Korea");
    }

    [Fact]
    public void Should_leave_a_glossary_term_romanized_and_glossed_with_its_rendering()
    {
        CheckRun.Of("통계청에 따르면 학령인구는 10년 새 20% 줄었다.\n", "According to Tonggyecheong, the statistics agency, the school-age population fell 20 percent in 10 years.\n", StatisticsGlossary)
            .Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_report_an_abbreviation_the_story_defined_wherever_it_is_romanized()
    {
        const string korean = "중앙재난안전대책본부(중대본)에 따르면 사망자는 3명이다.\n중대본은 피해 조사에 착수했다.\n";
        const string english = "According to the Central Disaster and Safety Countermeasures Headquarters, three people died.\nThe Jungdaebon began surveying the damage.\n";

        var finding = CheckRun.Of(korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Jungdaebon");
        korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe("중대본");
    }

    [Fact]
    public void Should_report_the_romanized_part_of_a_compound_whose_place_name_stays()
    {
        const string korean = "충북경찰청 관계자는 영상을 분석하고 있다고 말했다.\n";
        const string english = "An official from the Chungbuk Gyeongchalcheong said it was analyzing the footage.\n";

        var finding = CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Gyeongchalcheong");
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("경찰청");
    }

    [Theory]
    [InlineData("국방부는 2일 북한의 미사일 발사를 강하게 규탄했다.", "The Gukbangbu strongly condemned North Korea's missile launch on the 2nd.", "defense")]
    [InlineData("합참은 북한이 동해상으로 탄도미사일 2발을 발사했다고 밝혔다.", "The Hapcham said North Korea fired two ballistic missiles into the East Sea.", "joint")]
    public void Should_take_the_expected_word_from_the_lexicon_without_a_glossary(string korean, string english, string expected)
    {
        CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem().Expected.ShouldBe(expected);
    }

    [Fact]
    public void Should_take_the_expected_rendering_from_the_glossary_and_correct_the_sentence()
    {
        const string korean = "국방부는 2일 북한의 미사일 발사를 강하게 규탄했다.\n";
        const string english = "The Gukbangbu strongly condemned North Korea's missile launch on the 2nd.\n";

        var report = CheckRun.Of(korean, english, DefenseGlossary);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe(Check);
        finding.Found.ShouldBe("Gukbangbu");
        finding.Expected.ShouldBe("Ministry of National Defense");
        finding.Suggestion.ShouldBe("The Ministry of National Defense strongly condemned North Korea's missile launch on the 2nd.");
    }

    [Fact]
    public void Should_leave_a_romanization_the_glossary_forbids_to_the_forbidden_check()
    {
        const string glossary = "source,target,forbidden,note\n국방부,Ministry of National Defense|Defense Ministry,Gukbangbu,\n";

        var report = CheckRun.Of("국방부는 2일 북한의 미사일 발사를 강하게 규탄했다.\n", "The Gukbangbu strongly condemned North Korea's missile launch on the 2nd.\n", glossary);

        report.Findings.ShouldHaveSingleItem().Check.ShouldBe("terminology.forbidden");
    }
}
