using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>
/// terminology.entity: English names that differ from the Korean without contradicting it. Each pair is first shown
/// to align confidently, or the check would not look at it and the test would prove nothing.
/// </summary>
public sealed class EntityCheckLookAlikeTests
{
    private const string Check = "terminology.entity";
    private const double ConfidentBead = 0.35;

    [Theory]
    [InlineData("한-캐나다 외교장관이 서울에서 회담을 열었다.", "The Korea-Canada foreign ministers held talks in Seoul.")]
    [InlineData("호주 총리는 서울을 방문했다.", "The prime minister of Australia visited Seoul.")]
    [InlineData("한미 정상회담이 2025년 열렸다.", "The South Korea-U.S. summit was held in 2025.")]
    [InlineData("한미 정상은 2025년 정상회담을 열었다.", "The leaders of South Korea and the U.S. held a summit in 2025.")]
    public void Should_accept_the_same_entities(string korean, string english)
    {
        Findings(korean, english).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("장관은 캐나다 오타와에서 회의에 참석했다.", "The minister attended a meeting in Ottawa.")]
    [InlineData("장관은 오타와에서 회의에 참석했다.", "The minister attended a meeting in Canada.")]
    public void Should_accept_a_capital_for_its_country_and_back(string korean, string english)
    {
        Findings(korean, english).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("정부는 이러한 조치를 2030년까지 유지하기로 했다.", "Japan decided to keep such measures until 2030.")]
    [InlineData("정부는 이러한 조치를 2030년까지 유지하기로 했다.", "Israel decided to keep such measures until 2030.")]
    public void Should_not_read_an_ordinary_word_as_a_run_of_abbreviations(string korean, string english)
    {
        Findings(korean, english).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("캐나다 정부는 2030년까지 국방 예산을 300억 달러로 늘리기로 했다.", "The government decided to raise South Korea's defense budget to $30 billion by 2030.")]
    [InlineData("캐나다 정부는 2030년까지 국방 예산을 300억 달러로 늘리기로 했다.", "The South Korean government decided to raise the defense budget to $30 billion by 2030.")]
    public void Should_never_accuse_the_home_country(string korean, string english)
    {
        Findings(korean, english).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("정부는 2025년 대북 제재를 강화했다.", "The government tightened sanctions on North Korea in 2025.")]
    [InlineData("그는 2003년 이라크전에 참전했다.", "He fought in the Iraq war in 2003.")]
    public void Should_accept_a_country_the_korean_names_inside_a_word(string korean, string english)
    {
        Findings(korean, english).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("장관은 2025년 아세안지역안보포럼 회의에 참석했다.", "The minister attended the 2025 ASEAN meeting.")]
    [InlineData("장관은 2025년 아세안지역안보포럼 회의에 참석했다.", "The minister attended the 2025 ASEAN Regional Forum meeting.")]
    public void Should_accept_an_organisation_for_one_whose_name_holds_it(string korean, string english)
    {
        Findings(korean, english).ShouldBeEmpty();
    }

    private static IEnumerable<Finding> Findings(string korean, string english)
    {
        var report = CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small);
        report.Alignment.Beads.ShouldHaveSingleItem().Score.ShouldBeGreaterThanOrEqualTo(ConfidentBead, "the pair must align confidently for the entity check to look at it");
        return report.Findings.Where(f => f.Check == Check);
    }
}
