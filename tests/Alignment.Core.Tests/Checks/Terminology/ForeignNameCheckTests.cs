using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>terminology.name (foreign names): one part of a foreign person's name changed, against spellings the matcher reads loosely and capitalised words beside a name.</summary>
public sealed class ForeignNameCheckTests
{
    private const string Check = "terminology.name";

    [Theory]
    [InlineData("남궁현 외교부 장관과 이와사키 다쿠야 일본 외무상이 19일 도쿄에서 회담했다.", "Foreign Minister Namgung Hyun and Japanese Foreign Minister Takuya Iwamoto held talks in Tokyo on the 19th.", "Iwamoto", "이와사키")]
    [InlineData("레베카 랭 미국 무역대표부 대표는 20일 워싱턴에서 기자들과 만났다.", "U.S. Trade Representative Rebecca Hart met reporters in Washington on the 20th.", "Hart", "랭")]
    public void Should_report_a_part_of_a_foreign_name_changed(string korean, string english, string found, string source)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(source);
    }

    [Fact]
    public void Should_give_the_spelling_the_english_story_uses_elsewhere()
    {
        const string korean = "이와사키 다쿠야 일본 외무상이 19일 방한했다.\n이와사키 외무상은 만찬을 주재했다.\n";
        const string english = "Japanese Foreign Minister Takuya Iwamoto visited Seoul on the 19th.\nIwasaki hosted the dinner.\n";

        var finding = CheckRun.Of(korean, english, glossary: null).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("Iwamoto");
        finding.Expected.ShouldBe("Iwasaki");
    }

    [Theory]
    [InlineData("남궁현 외교부 장관과 이와사키 다쿠야 일본 외무상이 19일 도쿄에서 회담했다.", "Foreign Minister Namgung Hyun and Japanese Foreign Minister Takuya Iwasaki held talks in Tokyo on the 19th.")]
    // A spelling the matcher reads loosely (0.5) is no other name.
    [InlineData("마이클 잭슨 미국 국무부 대변인은 성명을 냈다.", "State Department spokesman Michael Jackson issued a statement.")]
    // A word that opens the sentence, and a one-syllable part the English spells its own way.
    [InlineData("무가베와 창기라이는 21일 기자회견을 열었다고 대변인이 밝혔다.", "Both Mugabe and Tsvangirai appeared at a news conference on the 21st, a spokesman said.")]
    [InlineData("리 클리포드 콴타스 회장이 말했다.", "Qantas chairman Leigh Clifford said so.")]
    // No title after the words: not a person's name the Korean gives.
    [InlineData("그는 스키 리프트 타워를 세웠다.", "He built the Ski Lift Tower.")]
    public void Should_leave_a_foreign_name_given_right_or_no_name_at_all(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
