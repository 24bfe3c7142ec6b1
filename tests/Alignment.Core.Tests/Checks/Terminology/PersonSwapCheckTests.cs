using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>
/// terminology.name (swaps within a story): the English gives a sentence's words or deeds to another person of the
/// story than the one the Korean names.
/// </summary>
public sealed class PersonSwapCheckTests
{
    private const string Check = "terminology.name";

    private const string KoreanLead = "김도현 대통령은 3일 응우옌 반 민 베트남 국가주석과 정상회담을 했다.\n";
    private const string EnglishLead = "President Kim Do-hyun held a summit with Vietnamese President Nguyen Van Minh on the 3rd.\n";

    [Fact]
    public void Should_report_another_person_of_the_story_given_the_korean_speakers_words()
    {
        const string korean = KoreanLead + "김 대통령은 공동기자회견에서 양국 관계를 도약시키겠다고 말했다.\n";
        const string english = EnglishLead + "Nguyen said at a joint press conference that he would take bilateral ties a step further.\n";

        var finding = CheckRun.Of(korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe("Nguyen");
        finding.Expected.ShouldBe("Kim");
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("김 대통령");
    }

    [Fact]
    public void Should_report_the_other_person_when_a_place_of_the_gazetteer_shares_the_name()
    {
        // Thai Nguyen (타이응우옌) is a Vietnamese city: its words are evidence for alignment, not ordinary English.
        const string gazetteer = "id,kind,english,korean,abbreviation,country\nvn-thai-nguyen,city,Thai Nguyen,타이응우옌,,vn\n";
        const string korean = KoreanLead + "김 대통령은 공동기자회견에서 양국 관계를 도약시키겠다고 말했다.\n";
        const string english = EnglishLead + "Nguyen said at a joint press conference that he would take bilateral ties a step further.\n";

        var finding = CheckRun.Of(korean, english, glossary: null, gazetteer: gazetteer).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Nguyen");
    }

    [Fact]
    public void Should_find_a_person_named_after_a_title_and_a_given_name()
    {
        const string korean = "정하윤 외교부 장관은 3일 나카무라 겐지 일본 외무상과 회담했다.\n정 장관은 회담 직후 기자들과 만나 협력을 확대하겠다고 말했다.\n";
        const string english = "Foreign Minister Chung Ha-yoon held talks with Japanese Foreign Minister Kenji Nakamura on the 3rd.\nNakamura told reporters after the talks that cooperation would expand.\n";

        var finding = CheckRun.Of(korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Nakamura");
        finding.Expected.ShouldBe("Jung");
    }

    [Theory]
    // Opening the sentence before its verb, and a surname that is also an English word where the story gives it to a
    // Korean person in full.
    [InlineData("Park is also arranging a courtesy call on the prime minister.\n", "Park")]
    [InlineData("Nakamura will also arrange a courtesy call on the prime minister.\n", "Nakamura")]
    public void Should_report_another_person_opening_the_sentence(string second, string found)
    {
        const string korean = "조현우 외교부 장관은 나카무라 겐지 외무상과 회담한다고 박은영 대변인이 밝혔다.\n조 장관은 방일 기간 총리 예방도 조율하고 있다.\n";
        const string first = "Spokesperson Park Eun-young said Foreign Minister Cho Hyun-woo will hold talks with Foreign Minister Kenji Nakamura.\n";

        var finding = CheckRun.Of(korean, first + second, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe("Cho");
    }

    [Theory]
    [InlineData("Cho is also arranging a courtesy call on the prime minister.\n")]
    [InlineData("Park visits are rare in winter, and Cho is arranging a courtesy call on the prime minister.\n")]
    public void Should_leave_the_right_person_opening_the_sentence_and_a_park(string second)
    {
        const string korean = "조현우 외교부 장관은 나카무라 겐지 외무상과 회담한다고 박은영 대변인이 밝혔다.\n조 장관은 방일 기간 총리 예방도 조율하고 있다.\n";
        const string first = "Spokesperson Park Eun-young said Foreign Minister Cho Hyun-woo will hold talks with Foreign Minister Kenji Nakamura.\n";

        CheckRun.Of(korean, first + second, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    // A foreign person the Korean spells in Hangul before a title, and more ways to say who speaks.
    [InlineData("휘트모어 장관은 한국의 우려를 충분히 이해한다고 말한 것으로 전해졌다.\n", "Lang reportedly said he fully understands Korea's concerns.\n", "Lang", "Whitmore")]
    [InlineData("휘트모어 장관은 한국 측에 철강 수출을 줄여 달라고 요청했다.\n", "Lang asked Korea to cut its steel exports.\n", "Lang", "Whitmore")]
    [InlineData("정 장관은 관세 면제를 요청했다.\n", "Lang asked Washington to waive the tariffs.\n", "Lang", "Jung")]
    public void Should_report_another_person_given_a_titled_persons_words(string korean, string english, string found, string expected)
    {
        const string lead = "정윤호 장관이 대니얼 휘트모어 상무장관을 만났다. 정 장관은 19일 레베카 랭 무역대표부 대표를 만난다.\n";
        const string englishLead = "Minister Jeong Yun-ho met Commerce Secretary Daniel Whitmore. Jeong will meet Trade Representative Rebecca Lang on the 19th.\n";

        var finding = CheckRun.Of(lead + korean, englishLead + english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
    }

    [Theory]
    [InlineData("A union official said talks could resume at any time.\n")]
    [InlineData("Officials said talks could resume at any time.\n")]
    public void Should_leave_an_unnamed_official_left_unnamed(string second)
    {
        const string korean = "이동진 부산시 교통혁신국장은 대화하겠다고 말했다.\n노조 관계자는 언제든 협상에 나서겠다고 밝혔다.\n";
        const string first = "Lee Dong-jin, Busan's director-general for transportation, said the city would keep talking.\n";

        CheckRun.Of(korean, first + second, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_report_a_person_of_the_story_given_an_unnamed_officials_words()
    {
        const string korean = "이동진 부산시 교통혁신국장은 대화하겠다고 말했다.\n노조 관계자는 언제든 협상에 나서겠다고 밝혔다.\n";
        const string english = "Lee Dong-jin, Busan's director-general for transportation, said the city would keep talking.\nLee Dong-jin said the union would return to talks at any time.\n";

        var finding = CheckRun.Of(korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Lee");
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("관계자");
    }

    [Fact]
    public void Should_report_another_person_given_the_words_of_one_the_korean_calls_by_surname_and_ssi()
    {
        const string korean = "이지훈 검사는 판결을 비판했다.\n윤씨는 선고 직후 \"억울하다\"고 말했다.\n";
        const string english = "Prosecutor Lee Ji-hoon criticized the ruling.\n\"It is unfair,\" Lee said right after the sentencing.\n";

        var finding = CheckRun.Of(korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Lee");
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("윤씨");
    }

    [Fact]
    public void Should_report_another_player_given_the_words_of_one_the_korean_names_without_a_title()
    {
        const string korean = "마운드에서는 LG 선발 한지석이 6이닝 2실점으로 호투했다.\n정민호는 경기 후 취재진과 만나 “기록은 의식하지 않고 매 타석 좋은 공을 놓치지 않으려고 한다”고 말했다.\n";
        const string english = "On the mound, LG starter Han Ji-seok gave up two runs over six innings.\nSpeaking to reporters after the game, Han said, \"I don't think about the record and just try not to miss a good pitch in every at-bat.\"\n";

        var finding = CheckRun.Of(korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Han");
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldStartWith("정민호");
    }

    [Fact]
    public void Should_leave_the_player_the_korean_names_as_the_speaker()
    {
        const string korean = "마운드에서는 LG 선발 한지석이 6이닝 2실점으로 호투했다.\n정민호는 경기 후 취재진과 만나 “기록은 의식하지 않는다”고 말했다.\n";
        const string english = "On the mound, LG starter Han Ji-seok gave up two runs over six innings.\nSpeaking to reporters after the game, Jeong said, \"I don't think about the record.\"\n";

        CheckRun.Of(korean, english, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("휘트모어 장관은 한국의 우려를 충분히 이해한다고 말한 것으로 전해졌다.\n", "Whitmore reportedly said he fully understands Korea's concerns.\n")]
    // A spelling the matcher scores low (Rice for 라이스) still answers the foreign name; a surname the Korean
    // sentence also names (박의춘, Pak) is no intruder.
    [InlineData("라이스 장관은 23일 박의춘 북한 외무상과 회동한다.\n", "Rice will meet North Korean Foreign Minister Pak Ui Chun on Wednesday, Lang said.\n")]
    public void Should_leave_the_foreign_person_the_korean_names(string korean, string english)
    {
        const string lead = "정윤호 장관이 대니얼 휘트모어 상무장관을 만났다. 정 장관은 19일 레베카 랭 무역대표부 대표와 박의춘 외무상을 만난다.\n";
        const string englishLead = "Minister Jeong Yun-ho met Commerce Secretary Daniel Whitmore. Jeong will meet Trade Representative Rebecca Lang and Foreign Minister Pak Ui Chun on the 19th.\n";

        CheckRun.Of(lead + korean, englishLead + english, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("LG starter Han Do-yoon did his job, allowing three runs over six innings.\n", "Han")]
    [InlineData("Song Ji-hyun, LG's starter, did his job, allowing three runs over six innings.\n", "Song")]
    public void Should_report_a_korean_person_of_the_story_written_out_in_full_in_anothers_place(string second, string found)
    {
        const string korean = "KIA 선발 한도윤은 5이닝 3실점으로 버텼다. 주심 송지현 심판은 경기를 진행했다.\nLG 선발 투수 배정훈은 6이닝 동안 3실점하며 제 몫을 했다.\n";
        const string first = "KIA starter Han Do-yoon held on with three runs over five innings. Umpire Song Ji-hyun called the game.\n";

        var finding = CheckRun.Of(korean, first + second, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe("Bae");
    }

    [Fact]
    public void Should_leave_the_person_written_out_in_full_that_the_korean_names()
    {
        const string korean = "KIA 선발 한도윤은 5이닝 3실점으로 버텼다.\nLG 선발 투수 배정훈은 6이닝 동안 3실점하며 제 몫을 했다.\n";
        const string english = "KIA starter Han Do-yoon held on with three runs over five innings.\nLG starter Bae Jung-hoon did his job, allowing three runs over six innings.\n";

        CheckRun.Of(korean, english, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("김 대통령은 공동기자회견에서 양국 관계를 도약시키겠다고 말했다.\n", "Kim said at a joint press conference that he would take bilateral ties a step further.\n")]
    [InlineData("응우옌 주석은 공동기자회견에서 양국 관계를 도약시키겠다고 말했다.\n", "Nguyen said at a joint press conference that he would take bilateral ties a step further.\n")]
    [InlineData("그는 공동기자회견에서 양국 관계를 도약시키겠다고 말했다.\n", "Nguyen said at a joint press conference that he would take bilateral ties a step further.\n")]
    [InlineData("김 대통령은 공동기자회견에서 양국 관계를 도약시키겠다고 말했다.\n", "The president said at a joint press conference that he would take bilateral ties a step further.\n")]
    public void Should_leave_the_person_the_korean_names_or_a_sentence_that_names_nobody(string korean, string english)
    {
        CheckRun.Of(KoreanLead + korean, EnglishLead + english, glossary: null).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("버락 오바마 상원의원은 24일 베를린에서 연설했다.", "Sen. Barack Obama gave a speech in Berlin on the 24th.")]
    [InlineData("하야시 요시마사 관방장관은 기자회견에서 피해가 없다고 말했다.", "Chief Cabinet Secretary Yoshimasa Hayashi told a press conference there was no damage.")]
    [InlineData("기획재정부는 적자가 개선될 것이라고 밝혔다.", "The Ministry of Economy and Finance said the deficit would improve.")]
    public void Should_leave_foreign_names_the_korean_spells_and_institutions(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
