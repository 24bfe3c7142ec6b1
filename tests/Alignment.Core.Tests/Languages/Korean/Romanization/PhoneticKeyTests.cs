using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("Cho Tae-yeol", "Cho Tae-yul")]
    [InlineData("Cho Tae-yeol", "chotaeyol")]
    [InlineData("Lavrov", "Lavlob")]
    [InlineData("Philip", "Pilip")]
    [InlineData("Jong", "Chong")]
    [InlineData("Zelensky", "Jelenski")]
    [InlineData("Shin", "Sin")]
    [InlineData("Intae", "Intai")]
    [InlineData("Doe", "Dwe")]
    [InlineData("Clipper", "Klippeo")]
    [InlineData("Ahn", "An")]
    [InlineData("P'yŏngyang", "Pyongyang")]
    [InlineData("Rhee", "Lee")]
    public void Should_give_variant_spellings_one_key(string one, string other) =>
        PhoneticKey.Of(one).ShouldBe(PhoneticKey.Of(other));

    [Theory]
    [InlineData("Intae", "Intel")]
    [InlineData("Kim", "Kam")]
    [InlineData("Min", "Mun")]
    [InlineData("Pak", "Pan")]
    public void Should_keep_different_sounds_apart(string one, string other) =>
        PhoneticKey.Of(one).ShouldNotBe(PhoneticKey.Of(other));

    [Theory]
    [InlineData("keul.li.peo", "KLIPO")]
    [InlineData("teu.reom.peu", "TLOMP")]
    [InlineData("jeong.eun", "JONKON")]
    [InlineData("beul.le.eo", "PLEO")]
    [InlineData("k'ŭl.li.p'ŏ", "KLIPO")]
    public void Should_drop_the_eu_korean_inserts_between_consonants_only_when_asked(string romanized, string expected)
    {
        PhoneticKey.Of(romanized, dropEpentheticEu: true).ShouldBe(expected);
        PhoneticKey.Of(romanized).Length.ShouldBeGreaterThanOrEqualTo(expected.Length);
    }
}
