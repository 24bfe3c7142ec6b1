using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Numbers;

/// <summary>Numbers as wire copy writes them: headline scales (2.1 tln won), multiplying verbs (tripled), a count of abbreviated countries (한미일 3국).</summary>
public sealed class WireStyleNumberTests
{
    [Theory]
    [InlineData("Profit hit 2.1 tln won", 2_100_000_000_000)]
    [InlineData("Exports reach 58.4 bln dollars", 58_400_000_000)]
    [InlineData("The city has 9.4 mln people", 9_400_000)]
    public void Should_read_headline_scale_abbreviations(string text, decimal value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("Operating profit nearly tripled.", 3)]
    [InlineData("Sales doubled from a year earlier.", 2)]
    [InlineData("Output quadrupled in five years.", 4)]
    [InlineData("Exports rose threefold.", 3)]
    [InlineData("The two sides held bilateral talks.", 2)]
    [InlineData("They pledged trilateral cooperation.", 3)]
    public void Should_read_a_multiplying_verb_as_a_spelled_number(string text, decimal value)
    {
        EnglishProfile.Instance.Numbers.Read(text).ShouldContain(m => m.Value == value && m.Spelled);
    }

    [Fact]
    public void Should_leave_words_that_only_begin_like_multipliers_alone()
    {
        EnglishProfile.Instance.Numbers.Read("The Triplex and Doubleday buildings were sold.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("매출은 42.6% 늘었고, 영업이익은 3배 가까이 증가했다.", "Sales rose 42.6 percent, while operating profit nearly tripled.")]
    [InlineData("한빛반도체는 영업이익 2조1천억원을 기록했다.", "Hanbit posted an operating profit of 2.1 tln won.")]
    [InlineData("한미일 3국 수석대표는 도쿄에서 협의를 열었다.", "The top envoys of South Korea, the United States and Japan met in Tokyo.")]
    [InlineData("그는 “3국 협력은 동북아 평화의 핵심 축”이라고 말했다.", "\"Trilateral cooperation is a key pillar of peace in Northeast Asia,\" he said.")]
    public void Should_accept_the_wire_renderings(string korean, string english)
    {
        CheckRun.Bare(korean, english, "accuracy.number").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("한미일 3국 정상이 만났다.", "3")]
    [InlineData("한중 2개국 정상이 만났다.", "2")]
    public void Should_read_the_count_of_abbreviated_countries_as_part_of_the_list(string text, string count)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem().ShouldSatisfyAllConditions(m => m.Value.ToString().ShouldBe(count), m => m.Spelled.ShouldBeTrue());
    }

    [Fact]
    public void Should_still_count_countries_that_are_not_the_abbreviated_ones()
    {
        KoreanProfile.Instance.Numbers.Read("한미일 5개국 정상이 만났다.").ShouldHaveSingleItem().Spelled.ShouldBeFalse();
    }
}
