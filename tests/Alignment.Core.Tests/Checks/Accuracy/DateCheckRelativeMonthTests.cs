using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>
/// accuracy.date with months Korean counts from the story's date (지난달 3일): the date comes from the English
/// dateline, once the Korean lead names that day or one of the three before it.
/// </summary>
public sealed class DateCheckRelativeMonthTests
{
    private const string Check = "accuracy.date";
    private const string KoreanLead = "(서울=연합뉴스) 김지현 기자 = 조태열 외교부 장관은 12일 졸리 장관과 회담했다.\n\n";
    private const string EnglishLead = "SEOUL, Sept. 12 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Minister Joly on Thursday.\n\n";

    [Theory]
    [InlineData("캐나다는 지난달 3일부터 초계기를 보냈다.", "Canada has sent a patrol aircraft since July 3.", "July", "August", "지난달")]
    [InlineData("캐나다는 지난 3일부터 초계기를 보냈다.", "Canada has sent a patrol aircraft since Aug. 3.", "Aug.", "September", "지난")]
    [InlineData("캐나다는 지난 20일부터 초계기를 보냈다.", "Canada has sent a patrol aircraft since Sept. 20.", "Sept.", "August", "지난")]
    [InlineData("양국은 내달 5일 다시 만난다.", "The two sides will meet again on Nov. 5.", "Nov.", "October", "내달")]
    [InlineData("양국은 오는 5일 다시 만난다.", "The two sides will meet again on Sept. 5.", "Sept.", "October", "오는")]
    [InlineData("같은 기관이 지난달 20∼21일 실시한 조사가 있다.", "There is a survey the same pollster conducted on July 20-21.", "July", "August", "지난달")]
    public void Should_report_a_month_that_contradicts_the_one_the_korean_counts(string korean, string english, string found, string expected, string source)
    {
        var text = KoreanLead + korean + "\n";
        var finding = CheckRun.Findings(text, EnglishLead + english + "\n", Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        text[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(source);
    }

    [Theory]
    [InlineData("캐나다는 지난달 3일부터 초계기를 보냈다.", "Canada has sent a patrol aircraft since Aug. 3.")]
    [InlineData("캐나다는 지난달 3일부터 초계기를 보냈다.", "Canada has sent a patrol aircraft since the 3rd of last month.")]
    [InlineData("캐나다는 지난 3일부터 초계기를 보냈다.", "Canada has sent a patrol aircraft since Sept. 3.")]
    [InlineData("캐나다는 지난 20일부터 초계기를 보냈다.", "Canada has sent a patrol aircraft since Aug. 20.")]
    [InlineData("양국은 이달 25일 다시 만난다.", "The two sides will meet again on Sept. 25.")]
    [InlineData("같은 기관이 지난달 20∼21일 실시한 조사가 있다.", "There is a survey the same pollster conducted on Aug. 20-21.")]
    public void Should_accept_the_month_the_korean_counts(string korean, string english)
    {
        CheckRun.Findings(KoreanLead + korean + "\n", EnglishLead + english + "\n", Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_wrap_last_month_round_the_year()
    {
        const string korean = "(서울=연합뉴스) 기자 = 정부는 5일 발표했다.\n\n수출은 지난달 3일부터 늘었다.\n";
        const string english = "SEOUL, Jan. 5 (Yonhap) -- The government announced it on Monday.\n\nExports have risen since Dec. 3.\n";

        CheckRun.Findings(korean, english, Check).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("SEOUL, Sept. 11 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Minister Joly on Thursday.\n\n")]
    [InlineData("SEOUL, Sept. 16 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Minister Joly on Thursday.\n\n")]
    [InlineData("SEOUL (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Minister Joly on Thursday.\n\n")]
    public void Should_not_count_months_without_a_dateline_the_korean_lead_confirms(string englishLead)
    {
        CheckRun.Findings(KoreanLead + "캐나다는 지난달 3일부터 초계기를 보냈다.\n", englishLead + "Canada has sent a patrol aircraft since July 3.\n", Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_count_months_from_a_dateline_a_day_or_two_after_the_leads_day()
    {
        const string englishLead = "SEOUL, Sept. 13 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Minister Joly on Thursday.\n\n";

        var finding = CheckRun.Findings(KoreanLead + "캐나다는 지난달 3일부터 초계기를 보냈다.\n", englishLead + "Canada has sent a patrol aircraft since July 3.\n", Check).ShouldHaveSingleItem();

        finding.Expected.ShouldBe("August");
    }
}
