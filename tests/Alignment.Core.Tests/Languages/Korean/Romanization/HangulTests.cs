using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

public sealed class HangulTests
{
    [Theory]
    [InlineData('가', 0, 0, 0)]
    [InlineData('각', 0, 0, 1)]
    [InlineData('한', 18, 0, 4)]
    [InlineData('열', 11, 6, 8)]
    [InlineData('닭', 3, 0, 9)]
    [InlineData('힣', 18, 20, 27)]
    public void Should_split_a_syllable_into_jamo_indices(char syllable, int initial, int medial, int final)
    {
        Hangul.TryDecompose(syllable, out var jamo).ShouldBeTrue();
        jamo.ShouldBe(new HangulSyllable(initial, medial, final));
        jamo.ToChar().ShouldBe(syllable);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('ㄱ')]
    [InlineData('ㅏ')]
    [InlineData('漢')]
    [InlineData(' ')]
    public void Should_refuse_what_is_not_a_precomposed_syllable(char c)
    {
        Hangul.TryDecompose(c, out _).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => Hangul.Decompose(c));
    }

    [Fact]
    public void Should_decompose_a_span_and_measure_a_leading_run()
    {
        Hangul.Decompose("인태".AsSpan()).ShouldBe([new HangulSyllable(11, 20, 4), new HangulSyllable(16, 1, 0)]);
        Hangul.SyllableRunLength("인태에서 Intae").ShouldBe(4);
        Hangul.SyllableRunLength("Intae").ShouldBe(0);
    }

    [Fact]
    public void Should_compose_every_syllable_back_from_its_jamo()
    {
        for (var c = '가'; c <= '힣'; c++)
        {
            Hangul.Compose(Hangul.Decompose(c)).ShouldBe(c);
        }
    }

    [Fact]
    public void Should_reject_jamo_indices_out_of_range() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Hangul.Compose(new HangulSyllable(19, 0, 0)));
}
