using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.entity: an English country or organisation standing where the Korean names a different one.</summary>
public sealed class EntityCheckTests
{
    private const string Check = "terminology.entity";

    [Theory]
    [InlineData("한-캐나다 외교장관이 서울에서 회담을 열었다.", "The Korea-China foreign ministers held talks in Seoul.",
        "China", "Canada", "캐나다", "The Korea-Canada foreign ministers held talks in Seoul.")]
    [InlineData("호주 총리는 서울을 방문했다.", "The prime minister of Austria visited Seoul.",
        "Austria", "Australia", "호주", "The prime minister of Australia visited Seoul.")]
    [InlineData("한미 정상회담이 2025년 열렸다.", "The South Korea-Japan summit was held in 2025.",
        "Japan", "United States", "미", "The South Korea-United States summit was held in 2025.")]
    [InlineData("한미 정상회담이 2025년 열렸다.", "The Korea-Japan summit was held in 2025.",
        "Japan", "United States", "미", "The Korea-United States summit was held in 2025.")]
    [InlineData("중국 외교부는 이번 조치에 강하게 반발했다.", "Japan's foreign ministry strongly protested the measure.",
        "Japan", "China", "중국", "China's foreign ministry strongly protested the measure.")]
    [InlineData("북러 정상회담이 2024년 열렸다.", "The North Korea-China summit was held in 2024.",
        "China", "Russia", "러", "The North Korea-Russia summit was held in 2024.")]
    [InlineData("북한은 최근 동해상으로 탄도미사일을 발사했다.", "North Korea recently fired ballistic missiles into the Yellow Sea.",
        "Yellow Sea", "East Sea", "동해", "North Korea recently fired ballistic missiles into the East Sea.")]
    [InlineData("정민호는 10일 한화 이글스전에서 안타를 쳤다.", "Jeong got a hit against the Samsung Lions on the 10th.",
        "Samsung Lions", "Hanwha Eagles", "한화 이글스", "Jeong got a hit against the Hanwha Eagles on the 10th.")]
    public void Should_report_a_swapped_entity_with_the_corrected_sentence(string korean, string english, string found, string expected, string source, string suggestion)
    {
        var finding = Findings(korean, english).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Critical);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(suggestion);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(found);
        korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(source);
    }

    [Fact]
    public void Should_report_a_swapped_adjective_without_a_suggestion()
    {
        var finding = Findings("호주 총리가 서울을 방문했다.", "The Austrian prime minister visited Seoul.").ShouldHaveSingleItem();

        finding.Found.ShouldBe("Austrian");
        finding.Expected.ShouldBe("Australia");
        finding.Suggestion.ShouldBeEmpty();
    }

    [Fact]
    public void Should_find_nothing_without_a_gazetteer()
    {
        CheckRun.Of("한-캐나다 외교장관이 서울에서 회담을 열었다.\n", "The Korea-China foreign ministers held talks in Seoul.\n", glossary: null)
            .Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Fact]
    public void Should_report_a_swap_in_a_sentence_that_carries_a_day_of_the_month()
    {
        var finding = Findings("한미 정상회담이 5일 열렸다.", "The Korea-Japan summit was held on the 5th.").ShouldHaveSingleItem();

        finding.Found.ShouldBe("Japan");
    }

    private static IReadOnlyList<Finding> Findings(string korean, string english) =>
        CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small).Findings.Where(f => f.Check == Check).ToList();
}
