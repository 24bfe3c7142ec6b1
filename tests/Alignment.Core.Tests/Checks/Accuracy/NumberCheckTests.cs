using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.number: a figure changed in translation, most often by a Korean unit read wrong.</summary>
public sealed class NumberCheckTests
{
    private const string Check = "accuracy.number";

    [Theory]
    [InlineData("경기장에는 관중 1만 명이 모였다.", "About 1,000 people gathered at the stadium.",
        "1,000", "10,000", "About 10,000 people gathered at the stadium.", "1만")]
    [InlineData("정부는 내년 예산으로 3조 2천억 원을 배정했다.", "The government allocated 3.2 billion won for next year's budget.",
        "3.2 billion", "3.2 trillion", "The government allocated 3.2 trillion won for next year's budget.", "3조 2천억")]
    [InlineData("올해 수출액은 412억 달러를 기록했다.", "Exports this year reached $4.12 billion.",
        "4.12 billion", "41.2 billion", "Exports this year reached $41.2 billion.", "412억")]
    [InlineData("제6차 회의가 열렸다.", "The 7th meeting was held.",
        "7th", "6th", "The 6th meeting was held.", "6")]
    [InlineData("수출이 3배 늘었다.", "Exports grew 4 times.",
        "4", "3", "Exports grew 3 times.", "3배")]
    // An ordinal spelled out on either side: the order changed.
    [InlineData("이번 회담은 올해 들어 두 번째다.", "The meeting was the first this year.",
        "first", "second", "The meeting was the second this year.", "두 번째")]
    [InlineData("제2차 회의가 열렸다.", "The third meeting was held.",
        "third", "second", "The second meeting was held.", "2")]
    [InlineData("세 번째 회의가 열렸다.", "The 4th meeting was held.",
        "4th", "3rd", "The 3rd meeting was held.", "세 번째")]
    // A count of periods in a row, which English may give as an ordinal.
    [InlineData("서울 아파트값은 7주 연속 올랐다.", "Seoul apartment prices rose for the sixth consecutive week.",
        "sixth", "seventh", "Seoul apartment prices rose for the seventh consecutive week.", "7")]
    // A native numeral holds its counter: 세 차례 연속, 사흘 연속.
    [InlineData("한은은 기준금리를 세 차례 연속 동결했다.", "The central bank held its key rate for a second consecutive meeting.",
        "second", "third", "The central bank held its key rate for a third consecutive meeting.", "세 차례")]
    [InlineData("주가는 사흘 연속 올랐다.", "Shares rose for a second consecutive day.",
        "second", "third", "Shares rose for a third consecutive day.", "사흘")]
    // A count spelled out on one side.
    [InlineData("한국수력원자력은 원전 5기가 모두 정상 운전 중이라고 밝혔다.", "KHNP said all four reactors are operating normally.",
        "four", "five", "KHNP said all five reactors are operating normally.", "5")]
    [InlineData("예산 부수 법안 14건도 이날 함께 처리됐다.", "Twelve budget-related bills were also passed that day.",
        "Twelve", "Fourteen", "Fourteen budget-related bills were also passed that day.", "14")]
    [InlineData("응급실 환자는 지난해의 세 배가 넘는다.", "Emergency room cases are more than twice last year's.",
        "twice", "three times", "Emergency room cases are more than three times last year's.", "세 배")]
    [InlineData("외국인은 5거래일 연속 순매도했다.", "Foreign investors were net sellers for a fourth consecutive session.",
        "fourth", "fifth", "Foreign investors were net sellers for a fifth consecutive session.", "5")]
    // A length of time spelled out on either side.
    [InlineData("시내버스 파업은 2013년 이후 12년 만이다.", "It is the first city bus strike in two years.",
        "two", "12", "It is the first city bus strike in 12 years.", "12")]
    [InlineData("소비자물가 상승률이 석 달 만에 2%대로 올라섰다.", "Inflation returned to the 2 percent range for the first time in two months.",
        "two", "three", "Inflation returned to the 2 percent range for the first time in three months.", "석 달")]
    [InlineData("물가는 3개월 동안 올랐다.", "Prices rose for two months.",
        "two", "three", "Prices rose for three months.", "3")]
    // "Topped" says 1위, so the other ordinal is compared.
    [InlineData("타이틀곡은 국내 차트 1위에 올랐고, 미국 차트에서도 세 번째로 많이 재생된 곡이 됐다.", "The title track topped domestic charts and became the second most-streamed song on the U.S. chart.",
        "second", "third", "The title track topped domestic charts and became the third most-streamed song on the U.S. chart.", "세 번째")]
    // "First ... since" answers 26년 만, not the Korean ordinal.
    [InlineData("한화는 1999년 이후 26년 만이자 통산 두 번째 우승을 차지했다.", "Hanwha claimed its first title since 1999 and the third in franchise history.",
        "third", "second", "Hanwha claimed its first title since 1999 and the second in franchise history.", "두 번째")]
    [InlineData("지원자는 3년 연속 줄었다.", "Applicants fell for the second consecutive year.",
        "second", "third", "Applicants fell for the third consecutive year.", "3")]
    public void Should_report_a_changed_figure_with_the_corrected_sentence(string korean, string english, string found, string expected, string suggestion, string source)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(suggestion);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(found);
        korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(source);
    }

    [Theory]
    [InlineData("한국은행은 기준금리를 0.25%포인트 인상했다.", "The Bank of Korea raised its key rate by 0.25 percent.",
        "0.25 percent", "0.25 percentage points", "The Bank of Korea raised its key rate by 0.25 percentage points.")]
    [InlineData("소비자물가는 2.75% 올랐다.", "Consumer prices rose 2.75 percentage points.",
        "2.75 percentage points", "2.75 percent", "Consumer prices rose 2.75 percent.")]
    [InlineData("금리는 0.042%포인트 내렸다.", "The yield fell 42 basis points.",
        "42 basis points", "4.2 basis points", "The yield fell 4.2 basis points.")]
    [InlineData("한국은행은 기준금리를 25bp 인하했다.", "The Bank of Korea cut its key rate by 0.5 percentage point.",
        "0.5 percentage point", "0.25 percentage points", "The Bank of Korea cut its key rate by 0.25 percentage points.")]
    public void Should_report_percent_written_for_percentage_points_and_back(string korean, string english, string found, string expected, string suggestion)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(suggestion);
    }

    [Fact]
    public void Should_report_a_figure_only_in_the_korean_as_minor()
    {
        var finding = CheckRun.Bare("회의에는 3개국 대표들이 참석했다.", "Representatives of the countries attended the meeting.", Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Expected.ShouldBe("3");
        finding.Found.ShouldBeEmpty();
        finding.TargetStart.ShouldBeNull();
    }

    [Fact]
    public void Should_report_digits_only_in_the_english_as_minor_where_the_korean_story_gives_them_elsewhere()
    {
        const string korean = "회의에는 대표들이 참석했다.\n회의는 두 시간 동안 이어졌다.\n3개국 대표들은 공동성명을 냈다.\n";
        const string english = "Representatives of 3 countries attended the meeting.\nThe meeting lasted two hours.\nThe representatives issued a joint statement.\n";

        var finding = CheckRun.Findings(korean, english, Check).Where(f => f.Found == "3").ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Found.ShouldBe("3");
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe("3");
        finding.SourceStart.ShouldBeNull();
    }

    [Theory]
    [InlineData("부산 시내버스 노조가 13일 파업에 들어가 출근길 시민들이 큰 불편을 겪었다.", "Busan's city bus union went on strike on the 13th, causing great inconvenience to commuters in the city of 3.3 million.", "3.3 million")]
    [InlineData("회의에는 대표들이 참석했다.", "Representatives of 3 countries attended the meeting.", "3")]
    public void Should_report_a_figure_the_korean_story_gives_nowhere_as_an_addition(string korean, string english, string found)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Message.ShouldContain("adds it");
    }

    [Fact]
    public void Should_leave_twenty_four_hours_for_haru_minor()
    {
        var finding = CheckRun.Bare("선수 명단 제출을 하루 앞두고 방문이 이뤄졌다.", "The visit came 24 hours before the deadline to submit the names of athletes.", Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
    }

    [Fact]
    public void Should_not_report_a_spelled_english_number_missing_from_the_korean()
    {
        CheckRun.Bare("회의에는 대표들이 참석했다.", "Representatives of three countries attended the meeting.", Check).ShouldBeEmpty();
    }
}
