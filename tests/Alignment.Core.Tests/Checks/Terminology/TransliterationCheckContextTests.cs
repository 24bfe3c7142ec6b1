using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>
/// terminology.transliteration next to words that look like name context but are not: the check must still
/// report the romanized ordinary word.
/// </summary>
public sealed class TransliterationCheckContextTests
{
    private const string Check = "terminology.transliteration";

    [Fact]
    public void Should_report_a_romanization_after_a_plain_word()
    {
        var finding = CheckRun.Bare("정부는 2025년 대북 제재를 강화했다.", "The government tightened Daebuk sanctions in 2025.", Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Daebuk");
        finding.Severity.ShouldBe(Severity.Major);
    }

    [Fact]
    public void Should_report_a_romanization_after_the_particle_do()
    {
        CheckRun.Bare("정부도 대북 제재를 한층 강화했다.", "The government also tightened Daebuk sanctions further.", Check).ShouldHaveSingleItem().Found.ShouldBe("Daebuk");
    }

    [Fact]
    public void Should_report_a_romanization_after_dangsi()
    {
        CheckRun.Bare("당시 국방부는 북한의 도발을 강하게 규탄했다.", "At the time, the Gukbangbu strongly condemned the North's provocation.", Check).ShouldHaveSingleItem().Found.ShouldBe("Gukbangbu");
    }

    [Fact]
    public void Should_report_a_ministry_romanized_before_a_title()
    {
        CheckRun.Bare("국방부 장관 후보자는 2일 청문회에 출석했다.", "The Gukbangbu minister nominee appeared at a hearing on the 2nd.", Check).ShouldHaveSingleItem().Found.ShouldBe("Gukbangbu");
    }

    [Fact]
    public void Should_report_a_surname_shaped_ordinary_word()
    {
        CheckRun.Bare("유엔 안보리는 2일 북한의 미사일 발사를 규탄했다.", "The UN Anbori condemned North Korea's missile launch on the 2nd.", Check).ShouldHaveSingleItem().Found.ShouldBe("Anbori");
    }

    [Fact]
    public void Should_report_a_romanized_word_holding_a_country_abbreviation()
    {
        var report = CheckRun.Of("정부는 2025년 대북 제재를 강화했다.\n", "The government tightened Daebuk sanctions in 2025.\n", glossary: null, gazetteer: Gazetteers.Small);

        report.Findings.Where(f => f.Check == Check).ShouldHaveSingleItem().Found.ShouldBe("Daebuk");
    }
}
