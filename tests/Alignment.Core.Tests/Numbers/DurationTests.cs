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
        mention.Alternate.ShouldBe(written);
    }

    [Theory]
    [InlineData("회담은 약 1시간 30분간 진행됐다.", "The talks lasted about 90 minutes.")]
    [InlineData("회담은 약 1시간 30분간 진행됐다.", "The talks lasted about one hour and 30 minutes.")]
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
        KoreanProfile.Instance.Numbers.Read("회의는 오후 3시 30분에 열렸다.").ShouldHaveSingleItem().Alternate.ShouldBeNull();
    }
}
