using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.entity with cities: two cities of one country are two places, and Seoul may replace a foreign city.</summary>
public sealed class EntityCheckCityTests
{
    private const string Check = "terminology.entity";

    [Theory]
    [InlineData("응우옌 주석은 베트남 교민들과 만난 뒤 2025년 하노이로 돌아간다.", "Nguyen will meet Vietnamese residents before returning to Ho Chi Minh City in 2025.", "Ho Chi Minh City", "Hanoi")]
    [InlineData("일본 정부는 2025년 베이징의 대사관 경로로 항의했다.", "The Japanese government protested through its embassy in Seoul in 2025.", "Seoul", "Beijing")]
    [InlineData("대표단은 2025년 하노이에 도착했다.", "The delegation arrived in Busan in 2025.", "Busan", "Hanoi")]
    [InlineData("한파로 2025년 제주국제공항의 항공편이 결항됐다.", "Flights at Gimpo International Airport were canceled in 2025 due to the cold.", "Gimpo", "Jeju")]
    [InlineData("주제네바 북한대표부는 2025년 성명을 냈다.", "North Korea's mission in New York issued a statement in 2025.", "New York", "Geneva")]
    [InlineData("대전시는 2025년 청년 월세 지원을 시작했다.", "The city of Daegu began rent support for young people in 2025.", "Daegu", "Daejeon")]
    [InlineData("경남도는 2025년 조류 경보를 발령했다.", "North Gyeongsang Province issued an algae alert in 2025.", "North Gyeongsang Province", "South Gyeongsang Province")]
    [InlineData("싱가포르는 2025년 물동량 1위를 지켰다.", "Hong Kong kept its top spot in cargo volume in 2025.", "Hong Kong", "Singapore")]
    public void Should_report_a_city_that_replaces_another(string korean, string english, string found, string expected)
    {
        var finding = Findings(korean, english).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
    }

    [Theory]
    [InlineData("응우옌 주석은 2025년 베트남으로 돌아간다.", "Nguyen will return to Hanoi in 2025.")]
    [InlineData("응우옌 주석은 2025년 하노이로 돌아간다.", "Nguyen will return to Vietnam in 2025.")]
    [InlineData("한국과 캐나다는 2025년 협정에 서명했다.", "Seoul and Ottawa signed the agreement in 2025.")]
    [InlineData("정부는 2025년 부산에서 회의를 열었다.", "Seoul held the meeting in Busan in 2025.")]
    [InlineData("중국 정부는 2025년 항의했다.", "Beijing protested in 2025.")]
    [InlineData("한파로 2025년 제주국제공항의 항공편이 결항됐다.", "Flights at Jeju International Airport were canceled in 2025 due to the cold.")]
    [InlineData("주제네바 북한대표부는 2025년 성명을 냈다.", "North Korea's mission in Geneva issued a statement in 2025.")]
    [InlineData("2025년 부산항에 입항했다.", "It entered the port of Busan in 2025.")]
    [InlineData("청주시 공장에서 2025년 불이 났다.", "A fire broke out at a factory in Cheongju, North Chungcheong Province, in 2025.")]
    [InlineData("대전에서 2025년 회의가 열렸다.", "The meeting was held in Daejeon in 2025.")]
    [InlineData("2025년 대전 이후 평화가 왔다.", "Peace came after the great war in 2025.")]
    [InlineData("중국 정부는 2025년 홍콩 문제를 논의했다.", "Beijing discussed Hong Kong in 2025.")]
    [InlineData("중국 정부는 2025년 항의했다.", "China and Hong Kong protested in 2025.")]
    public void Should_accept_a_capital_for_its_country_and_seoul_for_the_government(string korean, string english)
    {
        Findings(korean, english).ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_a_city_the_korean_story_names_in_another_sentence()
    {
        const string korean = "응우옌 주석은 2025년 호찌민을 방문했다.\n주석은 2025년 하노이로 돌아간다.\n";
        const string english = "Nguyen visited Ho Chi Minh City in 2025.\nHe will return to Ho Chi Minh City and then Hanoi in 2025.\n";

        CheckRun.Of(korean, english, glossary: null, gazetteer: Gazetteers.Small).Findings.ShouldNotContain(f => f.Check == Check);
    }

    private static IEnumerable<Finding> Findings(string korean, string english) =>
        CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small).Findings.Where(f => f.Check == Check);
}
