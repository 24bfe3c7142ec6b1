using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>1시간 30분: a duration read as its minutes (90), with the minutes as written (30) as the alternate.</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("회담은 약 1시간 30분간 진행됐다.", 90, 30)]
    [InlineData("그는 2시간 15분 동안 연설했다.", 135, 15)]
    public void Should_read_hours_and_minutes_as_minutes(string text, int total, int written)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Value.ShouldBe(total);
        mention.Alternates.ShouldContain(written);
    }

    [Theory]
    [InlineData("회담은 약 1시간 30분간 진행됐다.", "The talks lasted about 90 minutes.")]
    [InlineData("회담은 약 1시간 30분간 진행됐다.", "The talks lasted about one hour and 30 minutes.")]
    [InlineData("회의는 약 2시간 30분 동안 진행됐다.", "The meeting lasted about two and a half hours.")]
    [InlineData("회의는 약 2시간 30분 동안 진행됐다.", "The meeting lasted about 2.5 hours.")]
    [InlineData("구조 작업은 약 1시간 30분 만에 끝났다.", "The rescue ended about an hour and a half later.")]
    public void Should_accept_either_way_of_writing_it(string korean, string english)
    {
        CheckRun.Bare(korean, english, "accuracy.number").ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_wrong_duration_in_minutes()
    {
        var finding = CheckRun.Bare("회담은 약 1시간 30분간 진행됐다.", "The talks lasted about 70 minutes.", "accuracy.number").ShouldHaveSingleItem();

        finding.Expected.ShouldBe("90");
    }

    [Fact]
    public void Should_leave_a_clock_time_alone()
    {
        KoreanProfile.Instance.Numbers.Read("회의는 오후 3시 30분에 열렸다.").ShouldHaveSingleItem().Alternates.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("It lasted two and a half hours.", 2.5)]
    [InlineData("It lasted one and a half hours.", 1.5)]
    public void Should_read_a_spelled_half_in_english(string text, decimal value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldContain(m => m.Value == value && m.Spelled);
    }

    [Theory]
    [InlineData("after 1 year, 8 months", 20)]
    [InlineData("for 2 hours and 15 minutes", 135)]
    [InlineData("sentenced to 2 years, 6 months", 30)]
    public void Should_read_an_english_amount_of_two_units_as_one(string text, decimal value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("그는 징역 2년 6개월을 선고받았다.", "He was sentenced to two and a half years in prison.")]
    [InlineData("그는 징역 2년 6개월을 선고받았다.", "He was sentenced to 2 years, 6 months in prison.")]
    [InlineData("그는 징역 2년 6개월을 선고받았다.", "He was sentenced to 30 months in prison.")]
    public void Should_accept_a_prison_term_written_any_of_the_usual_ways(string korean, string english)
    {
        CheckRun.Bare(korean, english, "accuracy.number").ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_changed_prison_term()
    {
        CheckRun.Bare("그는 징역 2년 6개월을 선고받았다.", "He was sentenced to 3 years, 6 months in prison.", "accuracy.number").ShouldHaveSingleItem().Expected.ShouldBe("30");
    }
}
