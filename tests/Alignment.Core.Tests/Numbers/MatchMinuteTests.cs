using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>Football minutes: Korean counts from the start of each half (후반 31분), English from kick-off (the 76th minute).</summary>
public sealed class MatchMinuteTests
{
    [Theory]
    [InlineData("그는 전반 12분 선제골을 넣었다.", 12, null)]
    [InlineData("그는 후반 31분 쐐기골을 넣었다.", 76, 31)]
    [InlineData("그는 연장 전반 5분 결승골을 넣었다.", 95, 5)]
    [InlineData("그는 연장 후반 3분 동점골을 넣었다.", 108, 3)]
    public void Should_read_a_minute_of_a_half_as_the_minute_of_the_match(string text, int match, int? half)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Value.ShouldBe(match);
        mention.Alternates.ShouldBe(half is null ? [] : [half.Value]);
        mention.Kind.ShouldBe(NumberKind.Ordinal);
    }

    [Fact]
    public void Should_leave_a_fraction_of_a_later_part_alone()
    {
        KoreanProfile.Instance.Numbers.Read("1990년대 후반 3분의 1이 줄었다.").ShouldNotContain(m => m.Kind == NumberKind.Ordinal);
    }

    [Theory]
    [InlineData("이준호는 후반 31분 쐐기골을 넣었다.", "Lee sealed the win in the 76th minute.")]
    [InlineData("이준호는 후반 31분 쐐기골을 넣었다.", "Lee sealed the win 31 minutes into the second half.")]
    public void Should_accept_either_way_of_counting(string korean, string english)
    {
        CheckRun.Bare(korean, english, "accuracy.number").ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_wrong_minute_with_the_minute_of_the_match()
    {
        var finding = CheckRun.Bare("이준호는 후반 31분 쐐기골을 넣었다.", "Lee sealed the win in the 71st minute.", "accuracy.number").ShouldHaveSingleItem();

        finding.Found.ShouldBe("71st");
        finding.Expected.ShouldBe("76th");
    }
}
