using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>오전 5시 5분과 5시 22분: a second clock time takes the half of the day of the first it is joined to.</summary>
public sealed class HalfOfDayTests
{
    [Theory]
    [InlineData("북한은 오전 5시 5분과 5시 22분께 미사일을 쐈다.", 322)]
    [InlineData("회의는 오후 2시부터 4시까지 열린다.", 960)]
    [InlineData("행사는 오후 1시, 3시에 열린다.", 900)]
    public void Should_carry_the_half_of_the_day_to_a_joined_time(string text, int minutes)
    {
        var second = KoreanProfile.Instance.Numbers.Read(text).Where(m => m.Kind == NumberKind.Time).ElementAt(1);

        second.Value.ShouldBe(minutes);
        second.HalfDayKnown.ShouldBeTrue();
    }

    [Theory]
    [InlineData("행사는 오후 11시부터 1시까지 열린다.")]
    [InlineData("그는 오전 9시에 출근했고 회의는 3시에 열렸다.")]
    public void Should_leave_a_time_open_across_midnight_or_beyond_a_joint(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).Where(m => m.Kind == NumberKind.Time).ElementAt(1).HalfDayKnown.ShouldBeFalse();
    }

    [Fact]
    public void Should_report_the_other_half_of_the_day_for_a_joined_time()
    {
        var finding = CheckRun.Bare("북한은 오전 5시 5분과 5시 22분께 미사일 2발을 쐈다.", "North Korea fired two missiles at 5:05 a.m. and 5:22 p.m.", "accuracy.date").ShouldHaveSingleItem();

        finding.Found.ShouldBe("5:22 p.m.");
    }
}
