using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>
/// terminology.transliteration on Korean words the lexicon does not know: romanized in lower case they are left
/// untranslated, whereas a foreign word Korean spells by sound, a Korean word English has taken in and a name are not.
/// </summary>
public sealed class TransliterationCheckLowerCaseTests
{
    private const string Check = "terminology.transliteration";

    [Theory]
    [InlineData("특히 사과(21.4%)와 배추(18.7%) 등 신선식품 가격이 크게 뛰었다.", "Prices of fresh food such as apples (21.4%) and baechu (18.7%) jumped.", "baechu", "배추")]
    [InlineData("시장 상인들은 어묵과 떡을 나눠줬다.", "Market vendors handed out eomuk and rice cakes.", "eomuk", "어묵")]
    [InlineData("올해 참외 수확량이 크게 줄었다.", "This year's chamoe harvest fell sharply.", "chamoe", "참외")]
    [InlineData("서해 꽃게 어획량이 늘었다.", "The catch of kkotge in the West Sea rose.", "kkotge", "꽃게")]
    // Several words in lower case, and the stem without its particle.
    [InlineData("피해자 대부분은 사회초년생이었다.", "Most of the victims were sahoe chonyeonsaeng.", "sahoe chonyeonsaeng", "사회초년생")]
    public void Should_report_an_unknown_word_romanized_in_lower_case(string korean, string english, string found, string word)
    {
        var finding = CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small).Findings.Where(f => f.Check == Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(word);
    }

    [Theory]
    // Foreign words spelled by sound come back to their own spelling.
    [InlineData("바나나 수입 가격이 올랐다.", "Import prices of bananas rose.")]
    [InlineData("랍비는 기도를 올렸다.", "The rabbi led the prayers.")]
    [InlineData("신약은 베타 버전으로 공개됐다.", "The app was released in a beta version.")]
    // Korean words English writes as its own.
    [InlineData("김치 수출이 늘었다.", "Exports of kimchi rose.")]
    [InlineData("전세 가격이 올랐다.", "Prices of jeonse leases rose.")]
    // Capitals make a name; a sentence may open with any word; a gloss translates the word it follows.
    [InlineData("배추밭 농장은 문을 닫았다.", "The Baechubat farm closed.")]
    [InlineData("배추 가격이 뛰었다.", "Baechu prices jumped.")]
    [InlineData("배추 가격이 뛰었다.", "Prices of baechu (napa cabbage) jumped.")]
    public void Should_leave_loanwords_names_and_glossed_words(string korean, string english)
    {
        CheckRun.Of(korean + "\n", english + "\n", glossary: null, gazetteer: Gazetteers.Small).Findings.ShouldNotContain(f => f.Check == Check);
    }
}
