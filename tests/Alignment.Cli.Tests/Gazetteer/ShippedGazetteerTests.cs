using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests.Gazetteer;

/// <summary>The gazetteer the tool ships (glossary/gazetteer.csv): places at home down to Seoul's districts.</summary>
public sealed class ShippedGazetteerTests
{
    [Theory]
    [InlineData("노조는 이날 서울 광화문 일대에서 집회를 열었다.", "The union held a rally near Yeouido in Seoul on the day.", "Yeouido", "Gwanghwamun")]
    [InlineData("행사는 부산 광안리 해변에서 열렸다.", "The event was held on Haeundae beach in Busan.", "Haeundae", "Gwangalli")]
    public void Should_report_one_neighbourhood_for_another(string korean, string english, string found, string expected)
    {
        var finding = Entities(korean, english).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
    }

    // 칠레, 페루 and 쿠바 are no ordinary Korean words: a country put in their place is reported; so is one of North
    // Korea's provinces for another.
    [Theory]
    [InlineData("방산업체는 칠레와 콜롬비아에 장비를 수출했다.", "The defence firm exported the equipment to Argentina and Colombia.", "Argentina", "Chile")]
    [InlineData("대통령은 다음 달 페루를 방문한다.", "The president will visit Bolivia next month.", "Bolivia", "Peru")]
    [InlineData("쿠바 정부는 이날 성명을 냈다.", "The Mexican government issued a statement on the day.", "Mexican", "Cuba")]
    [InlineData("북한은 황해북도 황주 일대에서 미사일을 쐈다.", "North Korea fired missiles from the Hwangju area of South Hwanghae Province.", "South Hwanghae Province", "North Hwanghae Province")]
    // 세종 alone is the city where statistics name regions.
    [InlineData("지역별로는 세종의 합계출산율이 1.05명으로 가장 높았다.", "By region, Jeju had the highest total fertility rate at 1.05.", "Jeju", "Sejong")]
    // 대 and a country's abbreviation before the dealings it names: towards that country.
    [InlineData("반면 대중 수출은 3.2% 감소했다.", "In contrast, exports to Japan fell 3.2 percent.", "Japan", "China")]
    [InlineData("정부는 대러 제재를 강화했다.", "The government tightened sanctions on China.", "China", "Russia")]
    public void Should_report_one_country_for_another(string korean, string english, string found, string expected)
    {
        var finding = Entities(korean, english).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
    }

    [Theory]
    [InlineData("칠레산 와인 수입이 늘었다.", "Imports of Chilean wine rose.")]
    [InlineData("페루와 쿠바 대표단이 참석했다.", "Delegations from Peru and Cuba attended.")]
    [InlineData("북한은 황해북도 황주 일대에서 미사일을 쐈다.", "North Korea fired missiles from the Hwangju area of North Hwanghae Province.")]
    [InlineData("중국 어선이 황해에서 조업했다.", "Chinese fishing boats operated in the Yellow Sea.")]
    [InlineData("노조는 이날 서울 광화문 일대에서 집회를 열었다.", "The union held a rally around Gwanghwamun Square in Seoul on the day.")]
    [InlineData("판교와 송도에 새 연구소가 들어선다.", "New labs will open in Pangyo and Songdo.")]
    [InlineData("세종대왕 동상 앞에서 집회가 열렸다.", "A rally was held in front of the statue of King Sejong.")]
    // 대중 is as often the public, 대미 the finale.
    [InlineData("대중 문화의 영향력이 커졌다.", "The influence of Japanese pop culture grew.")]
    [InlineData("그의 활약이 시즌의 대미를 장식했다.", "His play capped the American season.")]
    [InlineData("반면 대중 수출은 3.2% 감소했다.", "In contrast, exports to China fell 3.2 percent.")]
    public void Should_leave_the_place_the_source_names(string korean, string english)
    {
        Entities(korean, english).ShouldBeEmpty();
    }

    private static IReadOnlyList<Core.Findings.Finding> Entities(string korean, string english) => ShippedGazetteer.Check(korean, english, "terminology.entity");
}
