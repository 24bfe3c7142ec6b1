using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.number: pairs whose figures look different but agree, which must pass without a finding.</summary>
public sealed class NumberCheckLookAlikeTests
{
    private const string Check = "accuracy.number";

    [Theory]
    [InlineData("올해 수출액은 412억 달러를 기록했다.", "Exports this year reached $41.2 billion.")]
    [InlineData("경기장에는 관중 1만 명이 모였다.", "About 10,000 people gathered at the stadium.")]
    [InlineData("정부는 내년 예산으로 3조 2천억 원을 배정했다.", "The government allocated 3.2 trillion won for next year's budget.")]
    [InlineData("정부는 50억 달러를 투자한다.", "The government will invest $5bn.")]
    [InlineData("집회에는 2만여 명이 모였다.", "More than 20,000 people attended the rally.")]
    [InlineData("한국은행은 기준금리를 0.25%p 인상했다.", "The Bank of Korea raised its key rate by 0.25 percentage point.")]
    [InlineData("소비자물가는 2.75% 올랐다.", "Consumer prices rose 2.75%.")]
    // A basis point is a hundredth of a percentage point, written so on either side.
    [InlineData("3년 만기 국고채 금리는 0.042%포인트 내린 연 2.871%를 기록했다.", "The yield on three-year bonds fell 4.2 basis points to 2.871 percent.")]
    [InlineData("한국은행은 기준금리를 25bp 인하했다.", "The Bank of Korea cut its key rate by 0.25 percentage point.")]
    [InlineData("제6차 회의가 열렸다.", "The sixth meeting was held.")]
    [InlineData("한국갤럽이 18일 만 18세 이상 1천5명을 조사한 결과가 나왔다.", "A Korea Gallup survey of 1,005 adults aged 18 or older was released on Monday.")]
    [InlineData("태풍은 29일 시속 120km로 상륙한다.", "The typhoon will make landfall on Tuesday with winds of 75 mph.")]
    [InlineData("이번 회담은 올해 들어 두 번째다.", "The meeting was the second this year.")]
    [InlineData("서울 아파트값은 7주 연속 올랐다.", "Seoul apartment prices rose for the seventh consecutive week.")]
    [InlineData("서울 아파트값은 7주 연속 올랐다.", "Seoul apartment prices rose for seven straight weeks.")]
    [InlineData("한은은 기준금리를 세 차례 연속 동결했다.", "The central bank held its key rate for a third straight meeting.")]
    [InlineData("주가는 사흘째 올랐다.", "Shares rose for a third day.")]
    [InlineData("타이틀곡은 국내 차트 1위에 올랐고, 미국 차트에서도 세 번째로 많이 재생된 곡이 됐다.", "The title track topped domestic charts and became the third most-streamed song on the U.S. chart.")]
    [InlineData("소비자물가 상승률이 석 달 만에 2%대로 올라섰다.", "Inflation returned to the 2 percent range for the first time in three months.")]
    [InlineData("그는 두 해 동안 일했다.", "He worked for 24 months.")]
    [InlineData("그는 2년간 일했다.", "He worked for two years.")]
    // Spelled counts that hold a number without counting, or convert a figure in brackets.
    [InlineData("양국 정상은 3개 분야에서 협력하기로 했다.", "Both leaders agreed to cooperate in the three areas.")]
    [InlineData("곰은 두발로 섰을 때 크기가 3m가 넘는다.", "The bears stand 10 feet (three meters) tall on their hind legs.")]
    [InlineData("한국수력원자력은 원전 5기가 모두 정상 운전 중이라고 밝혔다.", "KHNP said all five reactors are operating normally.")]
    // The time since, named by where it starts.
    [InlineData("한화는 26년 만에 우승했다.", "Hanwha won its first title since 1999.")]
    [InlineData("물가 상승률은 석 달 만에 2%대로 올라섰다.", "Inflation returned to the 2 percent range for the first time since July.")]
    // The same length of time in another unit.
    [InlineData("그는 2년간 일했다.", "He worked for 24 months.")]
    [InlineData("휴전은 1주일 이어졌다.", "The truce held for seven days.")]
    [InlineData("김홍균 외교부 1차관이 참석했다.", "First Vice Foreign Minister Kim Hong-kyun attended.")]
    // An English quarter or half beside a Korean ordinal is PeriodCheck's to compare.
    [InlineData("세 번째 분기 연속 흑자를 냈다.", "It posted a profit for the second quarter in a row, the third straight.")]
    public void Should_accept_the_same_value_written_another_way(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("북한은 동해상으로 탄도미사일 4발을 발사했다.", "North Korea fired four ballistic missiles into the East Sea.")]
    [InlineData("양국 정상은 공동성명을 발표했다.", "The leaders of the two countries issued a joint statement.")]
    [InlineData("이 사건은 1년 전에 일어났다.", "The incident took place a year ago.")]
    [InlineData("주요 7개국(G7) 정상들은 성명을 냈다.", "The leaders of the G7 issued a statement.")]
    public void Should_accept_a_number_carried_by_a_word_or_a_name(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    // English often gives the result of a factor rather than the factor: neither side's figures are wrong.
    [Theory]
    [InlineData("여당은 야당과의 격차를 2배로 벌렸다.", "The ruling party widened its lead over the opposition to 6 points from 3.")]
    [InlineData("수출은 1.5배 늘어 300억 달러를 기록했다.", "Exports rose to $30 billion, up from $20 billion.")]
    public void Should_not_take_a_factor_for_a_changed_figure(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldNotContain(f => f.Severity >= Severity.Major);
    }

    [Fact]
    public void Should_accept_a_range_whose_scale_is_written_once()
    {
        CheckRun.Bare("구단은 2억~3억 유로를 원한다.", "The club wants between 200 and 300 million euros.", Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("미사일은 120km를 비행했다.", "The missile flew 75 miles.")]
    [InlineData("미사일은 120km를 비행했다.", "The missile flew 120 km (75 miles).")]
    [InlineData("정부는 1조2천억 원을 투입한다.", "The government will spend 1.2 trillion won ($900 million).")]
    [InlineData("정부는 1조2천억 원을 투입한다.", "The government will spend 1.2 trillion won (about $900 million).")]
    public void Should_accept_a_conversion_the_translator_added(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("정상회담은 17일 열렸다.", "The summit was held on the 18th.")]
    [InlineData("정상회담은 11월 열린다.", "The summit will be held in October this year.")]
    public void Should_leave_dates_to_the_date_check(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_accept_digits_for_a_native_korean_numeral()
    {
        CheckRun.Bare("사고로 두 명이 다쳤다.", "2 people were injured in the accident.", Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("순이익은 1조2천억원대로 분기 최대다.", "Net profit came to 1.23 trillion won, a quarterly record.")]
    [InlineData("강민재는 1분44초51로 우승했다.", "Kang won in 1:44.51.")]
    [InlineData("한국은 계영 800m에서 메달에 도전한다.", "South Korea will seek a medal in the 4x200m relay.")]
    [InlineData("회담은 4년 반가량 중단됐다.", "The talks were suspended for about four and a half years.")]
    [InlineData("재판부는 징역 3년6개월을 선고했다.", "The court sentenced him to 3 1/2 years in prison.")]
    public void Should_accept_ranges_race_times_relays_and_halves(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("순이익은 1조2천억원대로 분기 최대다.", "Net profit came to 1.32 trillion won, a quarterly record.")]
    [InlineData("강민재는 1분44초51로 우승했다.", "Kang won in 1:45.51.")]
    public void Should_report_a_figure_outside_the_range_or_a_changed_time(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldContain(f => f.Severity == Severity.Major);
    }

    [Fact]
    public void Should_accept_a_figure_moved_into_the_next_sentence()
    {
        const string korean = "한국의 강민재(23·강원도청)가 정상에 올랐다.\n강민재는 결승에서 가장 먼저 들어왔다.\n";
        const string english = "South Korea's Kang Min-jae won the title.\nKang, 23, of the Gangwon provincial team, finished first in the final.\n";

        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_figure_missing_from_its_sentence_and_the_next()
    {
        const string korean = "한국의 강민재(23·강원도청)가 정상에 올랐다.\n강민재는 결승에서 가장 먼저 들어왔다.\n";
        const string english = "South Korea's Kang Min-jae won the title.\nKang, 32, of the Gangwon provincial team, finished first in the final.\n";

        CheckRun.Bare(korean, english, Check).ShouldNotBeEmpty();
    }
}
