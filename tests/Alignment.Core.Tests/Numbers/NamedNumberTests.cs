using System.Globalization;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>
/// Korean numbers that are part of a name: a month and day naming an event (6·25 전쟁, 3·1절, 6.15 공동선언) and a
/// count of parties naming a forum (6자회담). They confirm a match but are never reported missing.
/// </summary>
public sealed class NamedNumberTests
{
    [Theory]
    [InlineData("그는 6·25 전쟁 참전용사를 만났다.", 6, 25)]
    [InlineData("정부는 3·1절 기념식을 열었다.", 3, 1)]
    [InlineData("9·11 테러 이후 보안이 강화됐다.", 9, 11)]
    [InlineData("6·25는 끝나지 않은 전쟁이다.", 6, 25)]
    [InlineData("10ㆍ26 사건의 진상이 공개됐다.", 10, 26)]
    [InlineData("정부는 5·24 조치를 유지했다.", 5, 24)]
    [InlineData("6.15 남북공동선언 기념식이 열렸다.", 6, 15)]
    public void Should_read_a_month_and_day_naming_an_event_as_a_date_that_is_part_of_a_name(string text, int month, int day)
    {
        var mentions = KoreanProfile.Instance.Numbers.Read(text);

        mentions.ShouldContain(m => m.Kind == NumberKind.Month && m.Value == month && m.Spelled);
        mentions.ShouldContain(m => m.Kind == NumberKind.Day && m.Value == day && m.Spelled);
        mentions.ShouldAllBe(m => m.Spelled);
    }

    [Theory]
    [InlineData("북한은 6자회담 복귀를 거부했다.", 6)]
    [InlineData("한미일 3자 협의가 열렸다.", 3)]
    [InlineData("4자 정상회의는 연기됐다.", 4)]
    [InlineData("제8호 태풍이 대만을 강타했다.", 8)]
    [InlineData("제 11호 태풍 '나비'가 북상했다.", 11)]
    public void Should_read_a_count_of_parties_in_a_forum_name_as_part_of_the_name(string text, int parties)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Value.ShouldBe(parties);
        mention.Spelled.ShouldBeTrue();
    }

    [Theory]
    [InlineData("한국 선수들이 1·2위를 차지했다.", "1", "2")]
    [InlineData("3·4분기 실적이 개선됐다.", "3", "4")]
    [InlineData("유가는 6.15달러 올랐다.", "6.15")]
    [InlineData("정부는 3자녀 가구를 지원한다.", "3")]
    [InlineData("비밀번호는 1자리 숫자다.", "1")]
    [InlineData("그는 3호선을 탔다.", "3")]
    [InlineData("2, 4년마다 선거가 열린다.", "2", "4")]
    [InlineData("10, 11일 회의가 열린다.", "10", "11")]
    public void Should_leave_lists_decimals_and_other_words_as_numbers_of_the_story(string text, params string[] values)
    {
        var mentions = KoreanProfile.Instance.Numbers.Read(text);

        mentions.ShouldAllBe(m => !m.Spelled);
        mentions.Select(m => m.Value).ShouldBe(values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("북한은 6자회담 복귀를 거부했다.", "North Korea refused to return to the nuclear talks.")]
    [InlineData("그는 6·25 전쟁 참전용사를 만났다.", "He met veterans of the Korean War.")]
    [InlineData("정부는 3·1절 기념식을 열었다.", "The government held a ceremony for Independence Movement Day.")]
    [InlineData("8·15 광복절 경축식이 열렸다.", "A ceremony marking Liberation Day was held.")]
    [InlineData("6·15 공동선언 기념식이 열렸다.", "A ceremony for the June 15 joint declaration was held.")]
    [InlineData("9.11 테러 추도식이 열렸다.", "A memorial for the 9.11 attacks was held.")]
    [InlineData("제8호 태풍 풍웡이 대만을 강타했다.", "Typhoon Fung-Wong hit Taiwan.")]
    [InlineData("2, 3년 전만 해도 아무도 관심이 없었다.", "A couple of years ago nobody cared.")]
    [InlineData("4~5명이 다쳤다.", "A few people were hurt.")]
    [InlineData("LG는 한국시리즈(7전 4승제) 1차전에서 삼성을 7-3으로 꺾었다.", "LG beat Samsung 7-3 in Game 1 of the best-of-seven Korean Series.")]
    [InlineData("결승은 5판 3선승제로 치러진다.", "The final is a best-of-five series.")]
    [InlineData("제천 산불이 사흘 만에 꺼졌다.", "The Jecheon wildfire was put out after 3 days.")]
    [InlineData("2위 후보와의 격차는 3.2%포인트였다.", "The margin over the runner-up was 3.2 percentage points.")]
    [InlineData("(서울=뉴스1) 최준호 기자 = 해군은 11월 4일부터 6일까지 훈련한다.", "SEOUL (News1) Reporter Choi Jun-ho = The navy will hold drills from Nov. 4 to 6.")]
    public void Should_not_report_a_name_given_without_its_number(string korean, string english)
    {
        CheckRun.Bare(korean, english, "accuracy.number").ShouldBeEmpty();
        CheckRun.Bare(korean, english, "accuracy.date").ShouldBeEmpty();
    }

    [Fact]
    public void Should_still_report_a_named_date_the_english_contradicts()
    {
        var finding = CheckRun.Bare("6·15 공동선언 기념식이 열렸다.", "A ceremony for the June 16 joint declaration was held.", "accuracy.date").ShouldHaveSingleItem();

        finding.Found.ShouldContain("16");
    }

    [Theory]
    [InlineData("2, 3년 전", 2, 3)]
    [InlineData("4~5명이 다쳤다.", 4, 5)]
    [InlineData("6, 7개 업체", 6, 7)]
    public void Should_read_two_small_neighbours_as_an_approximation(string text, int low, int high)
    {
        var mentions = KoreanProfile.Instance.Numbers.Read(text);

        mentions.Select(m => m.Value).ShouldBe([low, high]);
        mentions.ShouldAllBe(m => m.Spelled);
    }

    [Fact]
    public void Should_still_report_a_figure_beside_an_approximation()
    {
        var finding = CheckRun.Bare("2, 3년 전 30명이 다쳤다.", "A couple of years ago people were hurt.", "accuracy.number").ShouldHaveSingleItem();

        finding.Expected.ShouldBe("30");
    }

    [Theory]
    [InlineData("")]
    [InlineData("자")]
    [InlineData(".")]
    [InlineData("3.")]
    [InlineData("3자")]
    public void Should_read_the_shortest_texts_without_failing(string text)
    {
        Should.NotThrow(() => KoreanProfile.Instance.Numbers.Read(text));
    }
}
