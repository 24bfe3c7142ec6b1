using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

public sealed class McCuneReischauerRomanizerTests
{
    private readonly McCuneReischauerRomanizer romanizer = McCuneReischauerRomanizer.Default;

    [Theory]
    [InlineData("평양", "pyongyang")]
    [InlineData("길주", "kilju")]
    [InlineData("함경북도", "hamgyongbuk-do")]
    [InlineData("김정은", "kimjongun")]
    [InlineData("조태열", "chotaeyol")]
    [InlineData("신의주", "sinuiju")]
    [InlineData("개성", "kaesong")]
    [InlineData("부산", "pusan")]
    [InlineData("대구", "taegu")]
    [InlineData("신라", "silla")]
    [InlineData("종로", "chongno")]
    [InlineData("압구정", "apkujong")]
    [InlineData("한국", "hanguk")]
    [InlineData("쌍둥이", "ssangdungi")]
    [InlineData("짜장", "tchajang")]
    public void Should_write_the_loose_form(string hangul, string expected) =>
        romanizer.Romanize(hangul).ShouldBe(expected);

    [Theory]
    [InlineData("평양", "p'yŏngyang")]
    [InlineData("한국", "han'guk")]
    [InlineData("조선", "chosŏn")]
    [InlineData("함경북도", "hamgyŏngbuk-do")]
    [InlineData("의주", "ŭiju")]
    public void Should_keep_breves_and_apostrophes_when_asked(string hangul, string expected) =>
        romanizer.Romanize(hangul, keepDiacritics: true).ShouldBe(expected);

    [Theory]
    [InlineData("조태열", "Cho Tae-yol")]
    [InlineData("김대중", "Kim Tae-jung")]
    [InlineData("김일성", "Kim Il-song")]
    [InlineData("김정은", "Kim Chong-un")]
    public void Should_lay_out_personal_names(string hangul, string expected) =>
        romanizer.Romanize(hangul, RomanizationMode.PersonalName).ShouldBe(expected);

    [Fact]
    public void Should_leave_apostrophes_of_the_input_alone() =>
        romanizer.Romanize("평양's").ShouldBe("pyongyang's");
}
