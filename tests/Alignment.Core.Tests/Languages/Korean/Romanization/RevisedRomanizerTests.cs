using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

public sealed class RevisedRomanizerTests
{
    private readonly RevisedRomanizer romanizer = RevisedRomanizer.Default;

    [Theory]
    [InlineData("가", "ga")]
    [InlineData("한글", "hangeul")]
    [InlineData("서울", "seoul")]
    [InlineData("부산", "busan")]
    [InlineData("대구", "daegu")]
    [InlineData("광주", "gwangju")]
    [InlineData("의정부", "uijeongbu")]
    [InlineData("외교부", "oegyobu")]
    [InlineData("인태", "intae")]
    [InlineData("대화", "daehwa")]
    [InlineData("캐나다", "kaenada")]
    [InlineData("라브로프", "rabeuropeu")]
    [InlineData("젤렌스키", "jellenseuki")]
    [InlineData("꽃", "kkot")]
    [InlineData("닭", "dak")]
    [InlineData("삶", "sam")]
    [InlineData("밖", "bak")]
    [InlineData("짜장", "jjajang")]
    public void Should_spell_jamo_as_tables_1_and_2(string hangul, string expected) =>
        romanizer.Romanize(hangul).ShouldBe(expected);

    [Theory]
    [InlineData("국민", "gungmin")]
    [InlineData("백마", "baengma")]
    [InlineData("한라산", "hallasan")]
    [InlineData("전라", "jeolla")]
    [InlineData("종로", "jongno")]
    [InlineData("왕십리", "wangsimni")]
    [InlineData("별내", "byeollae")]
    [InlineData("신라", "silla")]
    [InlineData("울릉", "ulleung")]
    [InlineData("대관령", "daegwallyeong")]
    [InlineData("학여울", "hagyeoul")]
    [InlineData("해돋이", "haedoji")]
    [InlineData("같이", "gachi")]
    [InlineData("좋고", "joko")]
    [InlineData("놓다", "nota")]
    [InlineData("좋아", "joa")]
    [InlineData("한국어", "hangugeo")]
    [InlineData("독립", "dongnip")]
    [InlineData("협력", "hyeomnyeok")]
    [InlineData("대통령", "daetongnyeong")]
    [InlineData("설날", "seollal")]
    [InlineData("값이", "gapsi")]
    [InlineData("앉아", "anja")]
    [InlineData("싫어", "sireo")]
    public void Should_write_sound_changes_across_syllables(string hangul, string expected) =>
        romanizer.Romanize(hangul).ShouldBe(expected);

    [Theory]
    [InlineData("묵호", "mukho")]
    [InlineData("집현전", "jiphyeonjeon")]
    [InlineData("압구정", "apgujeong")]
    [InlineData("낙동강", "nakdonggang")]
    [InlineData("죽변", "jukbyeon")]
    [InlineData("울산", "ulsan")]
    public void Should_not_write_tensing_or_noun_aspiration(string hangul, string expected) =>
        romanizer.Romanize(hangul).ShouldBe(expected);

    [Theory]
    [InlineData("잡혀", "japyeo")]
    [InlineData("맞히다", "machida")]
    [InlineData("굳히다", "guchida")]
    public void Should_aspirate_stops_before_h_when_asked(string hangul, string expected) =>
        new RevisedRomanizer(aspirateStopsBeforeH: true).Romanize(hangul).ShouldBe(expected);

    [Theory]
    [InlineData("충청북도", "chungcheongbuk-do")]
    [InlineData("제주도", "jeju-do")]
    [InlineData("경기도", "gyeonggi-do")]
    [InlineData("정도", "jeongdo")]
    public void Should_hyphenate_province_units(string hangul, string expected) =>
        romanizer.Romanize(hangul).ShouldBe(expected);

    [Theory]
    [InlineData("한복남", "Han Bok-nam")]
    [InlineData("홍빛나", "Hong Bit-na")]
    [InlineData("조태열", "Jo Tae-yeol")]
    [InlineData("김용현", "Gim Yong-hyeon")]
    [InlineData("남궁옥분", "Namgung Ok-bun")]
    [InlineData("남궁 민", "Namgung Min")]
    [InlineData("김", "Gim")]
    public void Should_keep_each_syllable_of_a_personal_name(string hangul, string expected) =>
        romanizer.Romanize(hangul, RomanizationMode.PersonalName).ShouldBe(expected);

    [Theory]
    [InlineData("한-캐나다 외교장관", "han-kaenada oegyojanggwan")]
    [InlineData("1만 명", "1man myeong")]
    [InlineData("G7 정상회의", "G7 jeongsanghoeui")]
    [InlineData("Seoul", "Seoul")]
    [InlineData("", "")]
    public void Should_pass_other_text_through(string text, string expected) =>
        romanizer.Romanize(text).ShouldBe(expected);
}
