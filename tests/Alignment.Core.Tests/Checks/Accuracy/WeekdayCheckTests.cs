using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>
/// accuracy.date (weekdays): an English weekday that the story's other dated weekdays rule out. The year is never
/// given, so the stories below hold only in the years whose calendar they fit (April 11 a Friday: 2025, 2031 …).
/// </summary>
public sealed class WeekdayCheckTests
{
    private const string Check = "accuracy.date";

    private const string Korean =
        "황사 유입\n\n(서울=연합뉴스) 기자 = 황사가 12일 한반도로 유입될 전망이다.\n"
        + "예보센터는 11일 오후 5시 예보를 냈다.\n"
        + "12일 미세먼지 농도는 매우 나쁨 수준이 예상된다.\n"
        + "기상청은 황사가 13일 오후부터 약해지겠다고 내다봤다.\n";

    private static string English(string first, string second, string third, string fourth) =>
        "Yellow dust to hit Korea\n\nSEOUL, April 11 (Yonhap) -- Yellow dust is expected to reach the Korean Peninsula on " + first + ".\n"
        + "The forecast center issued its forecast at 5 p.m. " + second + ".\n"
        + "On " + third + ", fine dust levels are expected to be very bad.\n"
        + "The weather agency said the yellow dust will weaken from " + fourth + " afternoon.\n";

    [Fact]
    public void Should_report_the_weekday_the_other_dates_of_the_story_rule_out()
    {
        var english = English("Saturday", "Friday", "Saturday", "Saturday");

        var finding = CheckRun.Findings(Korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe("Saturday");
        finding.Expected.ShouldBe("Sunday");
        finding.TargetStart.ShouldBe(english.LastIndexOf("Saturday", StringComparison.Ordinal));
        Korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("13일");
        finding.Suggestion.ShouldBe("The weather agency said the yellow dust will weaken from Sunday afternoon.");
    }

    [Fact]
    public void Should_leave_weekdays_that_fit_one_calendar()
    {
        CheckRun.Findings(Korean, English("Saturday", "Friday", "Saturday", "Sunday"), Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_weekday_the_korean_weekday_of_another_day_rules_out()
    {
        const string korean = "한파\n\n(서울=연합뉴스) 기자 = 기상청은 화요일인 2일 예보를 냈다.\n기온은 4일 아침 크게 떨어지겠다.\n";
        const string english = "Cold snap\n\nSEOUL, Dec. 2 (Yonhap) -- The weather agency issued a forecast on Tuesday.\nTemperatures will drop sharply on Friday morning.\n";

        var finding = CheckRun.Findings(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe("Friday");
        finding.Expected.ShouldBe("Thursday");
    }

    [Fact]
    public void Should_report_two_weekdays_no_year_has_together_as_minor()
    {
        const string korean = "황사\n\n(서울=연합뉴스) 기자 = 황사가 12일 유입된다.\n황사는 13일 오후부터 약해지겠다.\n";
        const string english = "Dust\n\nSEOUL, April 11 (Yonhap) -- Yellow dust will arrive on Saturday.\nIt will weaken from Saturday afternoon.\n";

        var finding = CheckRun.Findings(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.TargetStart.ShouldBe(english.LastIndexOf("Saturday", StringComparison.Ordinal));
    }

    [Theory]
    // The Korean weekday first, the English one last: each still stands for its own day.
    [InlineData("한파\n\n(서울=연합뉴스) 기자 = 기상청은 화요일인 2일 \"4일 아침 기온이 5도 낮아지겠다\"고 예보했다.\n3일은 흐리겠다.\n",
        "Cold snap\n\nSEOUL, Dec. 2 (Yonhap) -- \"Temperatures on Thursday morning will fall by 5 degrees,\" the weather agency said in its forecast on Tuesday.\nWednesday will be cloudy.\n")]
    // A bare day well past the story's is last month's: 28일 in a story of May 3 is April 28, a Monday.
    [InlineData("회담\n\n(서울=연합뉴스) 기자 = 양국은 2일 회담했다.\n실무진은 28일 먼저 만났다.\n결과는 3일 발표됐다.\n",
        "Talks\n\nSEOUL, May 3 (Yonhap) -- The two countries held talks on Friday.\nWorking-level officials met first on Monday.\nThe results were announced Saturday.\n")]
    // Across the new year: 1월 2일 in a story of Dec. 30 is next year's.
    [InlineData("행사\n\n(서울=연합뉴스) 기자 = 시는 30일 계획을 발표했다.\n행사는 1월 2일 열린다.\n",
        "Event\n\nSEOUL, Dec. 30 (Yonhap) -- The city announced the plan on Tuesday.\nThe event will be held on Friday.\n")]
    // Two days and two weekdays in one sentence: which is which is not certain, so nothing is paired.
    [InlineData("행사\n\n(서울=연합뉴스) 기자 = 행사는 12일 열리고 결과는 18일 나온다.\n예보는 11일 나왔다.\n",
        "Event\n\nSEOUL, April 11 (Yonhap) -- The results come out Friday after the event on Saturday.\nThe forecast came out on Friday.\n")]
    public void Should_leave_weekdays_that_agree(string korean, string english)
    {
        CheckRun.Findings(korean, english, Check).ShouldBeEmpty();
    }
}
