using Alignment.Core.Languages.Korean;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>A native count of days (사흘) confirms "3 days" but does not excuse another figure.</summary>
public sealed class NativeDayCountLookAlikeTests
{
    [Fact]
    public void Should_still_report_a_count_of_days_the_english_changes()
    {
        CheckRun.Bare("제천 산불이 사흘 만에 꺼졌다.", "The Jecheon wildfire was put out after 4 days.", "accuracy.number").ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_not_read_a_day_as_a_count_in_a_daily_average()
    {
        KoreanProfile.Instance.Numbers.Read("하루 평균 관람객이 늘었다.").ShouldBeEmpty();
    }
}
