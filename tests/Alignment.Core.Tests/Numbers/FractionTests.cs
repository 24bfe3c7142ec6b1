using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>Fractions are shares: 3분의 2 is "two-thirds", 33% may be "a third"; "a third term" is no fraction.</summary>
public sealed class FractionTests
{
    [Theory]
    [InlineData("접종률은 33%에 그쳤다.", "Only a third have been vaccinated.")]
    [InlineData("증가 폭이 전달보다 33% 줄었다.", "The increase shrank by a third from the previous month.")]
    [InlineData("의사환자의 3분의 2가량이 아동이다.", "About two-thirds of suspected patients are children.")]
    [InlineData("응답자의 4분의 1이 반대했다.", "A quarter of respondents were opposed.")]
    [InlineData("응답자의 48%가 찬성했다.", "Nearly half of respondents were in favor.")]
    [InlineData("4번 타자 노시환이 홈런을 쳤다.", "Cleanup hitter Noh Si-hwan homered.")]
    public void Should_meet_a_share_given_as_a_fraction(string korean, string english)
    {
        CheckRun.Bare(korean, english, "accuracy.number").ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_share_no_fraction_of_the_english_rounds_to()
    {
        CheckRun.Bare("응답자의 33%가 찬성했다.", "Two-thirds of respondents were in favor.", "accuracy.number").ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("He won a third term in 2024.")]
    [InlineData("Sales rose in the third quarter.")]
    [InlineData("Sales fell in the first half.")]
    [InlineData("The talks lasted an hour and a half.")]
    public void Should_not_read_an_ordinal_or_a_period_as_a_share(string english)
    {
        EnglishProfile.Instance.Numbers.Read(english).ShouldNotContain(m => m.Kind == NumberKind.Percent);
    }

    [Fact]
    public void Should_read_a_korean_fraction_as_one_share()
    {
        var mention = KoreanProfile.Instance.Numbers.Read("전체의 3분의 2가 넘는다").ShouldHaveSingleItem();

        mention.Value.ShouldBe(66.67m);
        mention.Spelled.ShouldBeTrue();
    }
}
