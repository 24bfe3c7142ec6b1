using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

/// <summary>Native Korean numerals before a counter (두 명, 네 발) are spelled numbers: they confirm but are never missed.</summary>
public sealed class KoreanNativeNumeralTests
{
    [Theory]
    [InlineData("부상자는 두 명.", "두 명", 2)]
    [InlineData("두 명 모두 귀가했다.", "두 명", 2)]
    [InlineData("미사일 네 발 모두 동해에 떨어졌다.", "네 발", 4)]
    [InlineData("다섯 곳 모두 문을 닫았다.", "다섯 곳", 5)]
    [InlineData("물가는 석 달 만에 최고치다.", "석 달", 3)]
    [InlineData("넉 달 동안 이어졌다.", "넉 달", 4)]
    [InlineData("산불은 사흘 만에 꺼졌다.", "사흘", 3)]
    [InlineData("회의는 이틀간 열렸다.", "이틀", 2)]
    [InlineData("열흘째 이어졌다.", "열흘", 10)]
    public void Should_read_a_native_numeral_before_a_counter(string text, string written, int value)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(value);
        mention.Kind.ShouldBe(NumberKind.Cardinal);
        mention.Spelled.ShouldBeTrue();
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(written);
    }

    [Theory]
    [InlineData("사고로 두 명이 다쳤다.", "두 명", 2)]
    [InlineData("북한은 미사일 네 발을 쐈다.", "네 발", 4)]
    public void Should_read_a_native_numeral_before_a_counter_with_a_particle(string text, string written, int value)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldStartWith(written);
        mention.Value.ShouldBe(value);
        mention.Spelled.ShouldBeTrue();
    }

    [Theory]
    [InlineData("첫 번째 회담이 열렸다.", "첫 번째")]
    [InlineData("방문 첫날 회담이 열렸다.", "첫날")]
    public void Should_read_cheot_as_the_first(string text, string written)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(1m);
        mention.Kind.ShouldBe(NumberKind.Ordinal);
        mention.Spelled.ShouldBeTrue();
    }

    [Fact]
    public void Should_read_cheot_before_any_noun_as_the_first()
    {
        var mention = KoreanProfile.Instance.Numbers.Read("첫 회담이 열렸다.").ShouldHaveSingleItem();

        mention.Value.ShouldBe(1m);
        mention.Kind.ShouldBe(NumberKind.Ordinal);
    }

    [Theory]
    [InlineData("한국 정부는 입장을 밝혔다.")]
    [InlineData("세계 경제가 둔화했다.")]
    [InlineData("결과는 두고 볼 일이다.")]
    [InlineData("네덜란드 총리가 방문했다.")]
    [InlineData("열차가 멈췄다.")]
    public void Should_leave_words_that_start_like_numerals_alone(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).Where(m => m.Spelled).ShouldBeEmpty();
    }
}
