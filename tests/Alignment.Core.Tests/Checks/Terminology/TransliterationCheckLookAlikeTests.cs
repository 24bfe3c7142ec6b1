using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>
/// terminology.transliteration must leave alone what is romanized by right: names of people and places, loanword
/// names, and English words that merely sound like a Korean word of the sentence.
/// </summary>
public sealed class TransliterationCheckLookAlikeTests
{
    private const string Check = "terminology.transliteration";

    [Theory]
    [InlineData("서울시는 잠실·삼성·대치·청담동 일대 규제를 풀었다.", "The city lifted rules for the Jamsil, Samseong, Daechi and Cheongdam neighborhoods.")]
    [InlineData("규제는 잠실·삼성·대치·청담동에서 풀렸다.", "Rules were lifted in Jamsil, Samseong, Daechi and Cheongdam.")]
    public void Should_leave_neighbourhoods_listed_with_middle_dots_though_their_names_are_words(string korean, string english)
    {
        CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    // A name in brackets after a longer name is no abbreviation of words: the loanword company, the person.
    [InlineData("트랜스오션코리아(트오코)는 계약을 따냈다.", "Teuoko won the contract.")]
    [InlineData("김철수(김철)씨는 회견을 열었다.", "Kimcheol held a press conference.")]
    public void Should_leave_a_bracketed_short_form_of_a_name(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_still_report_a_word_of_a_middle_dot_list_of_words()
    {
        const string korean = "정부는 정치·경제·삼성 분야를 점검했다.\n";
        const string english = "The government reviewed the political, economic and Samseong sectors.\n";

        CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small).Findings.ShouldContain(f => f.Check == Check && f.Found == "Samseong");
    }

    [Fact]
    public void Should_leave_a_place_the_gazetteer_knows_though_its_korean_name_is_also_a_word()
    {
        const string korean = "북한은 평안북도 구성 일대에서 미사일을 발사했다.\n";
        const string english = "North Korea launched the missiles from the Kusong area of North Phyongan Province.\n";

        CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("소형 발사체 ‘희망-2’가 궤도에 올랐다.", "The small rocket Huimang-2 reached orbit.")]
    [InlineData("정찰위성 미래3호가 발사됐다.", "The reconnaissance satellite Mirae 3 was launched.")]
    [InlineData("간담회에는 김도현 관세청장도 참석했다.", "Customs Commissioner Kim Do-hyun also attended the meeting.")]
    [InlineData("전국금속노동조합은 파업을 예고했다.", "The Korean Metal Workers' Union warned of a strike.")]
    [InlineData("조태열 외교부 장관은 3일 미국 국무장관과 통화했다.", "Foreign Minister Cho Tae-yeol spoke by phone with the U.S. secretary of state on the 3rd.")]
    [InlineData("북한은 함경북도 길주 일대에서 지하 핵실험을 실시했다.", "North Korea conducted an underground nuclear test near Kilju, North Hamgyong Province.")]
    [InlineData("라브로프 장관은 평양을 방문해 회담을 가졌다.", "Minister Lavrov visited Pyongyang and held talks.")]
    [InlineData("트럼프 대통령은 관세를 인상하겠다고 밝혔다.", "President Trump said he would raise tariffs.")]
    [InlineData("고든 대변인은 회의가 연기됐다고 말했다.", "Spokesperson Gordon said the meeting had been postponed.")]
    [InlineData("국무회의에는 마르타 솔베르그 대사가 참석했다.", "Ambassador Marta Solberg attended the cabinet meeting.")]
    [InlineData("조태열 장관은 국무회의에서 보고했다.", "Minister Cho Tae yeol reported to the cabinet meeting.")]
    [InlineData("재판부는 김성호 전 전무에게 집행유예를 선고했다.", "The court gave former executive Kim Seong-ho a suspended sentence.")]
    [InlineData("충북경찰청 관계자는 영상을 분석하고 있다고 말했다.", "An official from the North Chungcheong Provincial Police Agency said it was analyzing the footage.")]
    [InlineData("한국외국어대학교 학생들이 참여했다.", "Students of Hankuk University of Foreign Studies took part.")]
    [InlineData("한국거래소는 3일 거래를 재개했다.", "The Korea Exchange resumed trading on the 3rd.")]
    [InlineData("창덕궁 후원은 관람 인원을 100명으로 제한한다.", "Entry to Huwon, the rear garden of Changdeokgung, is limited to 100 people.")]
    [InlineData("창덕궁 후원은 관람 인원을 100명으로 제한한다.", "Entry to Huwon (the rear garden of Changdeokgung) is limited to 100 people.")]
    [InlineData("차량 27대가 당진영덕고속도로 영덕 방향에서 추돌했다.", "Twenty-seven vehicles collided on the Yeongdeok-bound side of the Dangjin-Yeongdeok Expressway.")]
    // A law named after a person stays his: 김영란법 is the Kim Young-ran Act.
    [InlineData("김영란법 시행 이후 선물 판매가 줄었다.", "Gift sales fell after the Kim Young-ran Act took effect.")]
    public void Should_leave_names_alone(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    // With the names in the glossary they are known words, so only their Korean context tells them from ordinary ones.
    [Theory]
    [InlineData("북한은 함경북도 길주 일대에서 지하 핵실험을 실시했다.", "North Korea conducted an underground nuclear test near Kilju, North Hamgyong Province.", "길주,Kilju")]
    [InlineData("라브로프 장관은 평양을 방문해 회담을 가졌다.", "Minister Lavrov visited Pyongyang and held talks.", "라브로프,Lavrov")]
    [InlineData("트럼프 대통령은 관세를 인상하겠다고 밝혔다.", "President Trump said he would raise tariffs.", "트럼프,Trump")]
    [InlineData("고든 대변인은 회의가 연기됐다고 말했다.", "Spokesperson Gordon said the meeting had been postponed.", "고든,Gordon")]
    [InlineData("조태열 외교부 장관은 3일 미국 국무장관과 통화했다.", "Foreign Minister Cho Tae-yeol spoke by phone with the U.S. secretary of state on the 3rd.", "조태열,Cho Tae-yeol")]
    public void Should_leave_names_alone_when_the_glossary_knows_them(string korean, string english, string row)
    {
        var report = CheckRun.Of(korean + "\n", english + "\n", $"source,target,forbidden,note\n{row},,\n");

        report.Findings.Where(f => f.Check == Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("정부는 미래 산업에 대한 투자를 늘리기로 했다.", "The government said a boom in future industries was no mirage and decided to invest more.")]
    [InlineData("야당은 정부의 부동산 대책에 반대했다.", "The opposition rejected the government's real estate measures as a mere bandage.")]
    public void Should_leave_an_english_word_that_only_resembles_a_korean_word_alone(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("양측은 판문점에서 회담을 열었다.", "The two sides held talks in Panmunjeom.", "판문점,Panmunjom|Panmunjeom")]
    [InlineData("북한은 길주 일대에서 지하 핵실험을 실시했다.", "North Korea conducted an underground nuclear test near Kilju.", "길주,Kilju")]
    public void Should_leave_a_rendering_the_glossary_lists_alone(string korean, string english, string row)
    {
        var report = CheckRun.Of(korean + "\n", english + "\n", $"source,target,forbidden,note\n{row},,\n");

        report.Findings.Where(f => f.Check == Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_a_name_the_korean_spells_out_in_latin_letters()
    {
        const string korean = "최 장관과 아이단 세릭바예프(Aidan Serikbayev) 카자흐스탄 장관이 회담했다.\n";
        const string english = "Minister Choi and Kazakh Minister Aidan Serikbayev held talks.\n";

        CheckRun.Findings(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_still_report_the_word_when_the_korean_spells_out_something_else()
    {
        const string korean = "정부는 보건소를 늘리고 세릭바예프(Serikbayev) 장관과 회담했다.\n";
        const string english = "The government will add more Bogeonso and held talks with Minister Serikbayev.\n";

        CheckRun.Findings(korean, english, Check).ShouldHaveSingleItem().Found.ShouldBe("Bogeonso");
    }
}
