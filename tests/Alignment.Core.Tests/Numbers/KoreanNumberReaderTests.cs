using System.Globalization;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Numbers;

namespace Alignment.Core.Tests.Numbers;

/// <summary>Korean numbers with their units; values are written with the invariant culture so no machine setting shifts them.</summary>
public sealed class KoreanNumberReaderTests
{
    [Theory]
    [InlineData("관중 1만 명이 모였다.", "1만", "10000", NumberKind.Cardinal)]
    [InlineData("수출액은 412억 달러다.", "412억", "41200000000", NumberKind.Cardinal)]
    [InlineData("예산은 3조 2천억 원이다.", "3조 2천억", "3200000000000", NumberKind.Cardinal)]
    [InlineData("예산은 3조2천억 원이다.", "3조2천억", "3200000000000", NumberKind.Cardinal)]
    [InlineData("1억1천만 원을 냈다.", "1억1천만", "110000000", NumberKind.Cardinal)]
    [InlineData("매출은 3천800억 원이다.", "3천800억", "380000000000", NumberKind.Cardinal)]
    [InlineData("주가는 9만8천500원에 마감했다.", "9만8천500", "98500", NumberKind.Cardinal)]
    [InlineData("매출은 8조3천400억원이다.", "8조3천400억", "8340000000000", NumberKind.Cardinal)]
    [InlineData("매출은 1조 2천500억원이다.", "1조 2천500억", "1250000000000", NumberKind.Cardinal)]
    [InlineData("순이익은 3억2천500만원이다.", "3억2천500만", "325000000", NumberKind.Cardinal)]
    [InlineData("관객 1만 2000명이 몰렸다.", "1만 2000", "12000", NumberKind.Cardinal)]
    [InlineData("1억 5000만 원을 냈다.", "1억 5000만", "150000000", NumberKind.Cardinal)]
    [InlineData("1만2천 명이 참석했다.", "1만2천", "12000", NumberKind.Cardinal)]
    [InlineData("12,300명이 참석했다.", "12,300", "12300", NumberKind.Cardinal)]
    [InlineData("규모가 1.5조로 늘었다.", "1.5조", "1500000000000", NumberKind.Cardinal)]
    [InlineData("5천만 원이 들었다.", "5천만", "50000000", NumberKind.Cardinal)]
    [InlineData("3백만 명이 봤다.", "3백만", "3000000", NumberKind.Cardinal)]
    [InlineData("기준금리는 2.75%다.", "2.75%", "2.75", NumberKind.Percent)]
    [InlineData("금리를 0.25%포인트 내렸다.", "0.25%포인트", "0.25", NumberKind.PercentagePoint)]
    public void Should_read_a_number_with_its_units(string text, string written, string value, NumberKind kind)
    {
        var mention = KoreanProfile.Instance.Numbers.Read(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe(written);
        mention.Value.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
        mention.Kind.ShouldBe(kind);
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(written);
    }

    [Theory]
    [InlineData("1만 명과 2천 명이 모였다.", "10000", "2000")]
    [InlineData("3조 원, 2천억 원", "3000000000000", "200000000000")]
    [InlineData("2만 5만 명", "20000", "50000")]
    [InlineData("10월 31일 회담이 열렸다.", "10", "31")]
    public void Should_keep_separate_numbers_apart(string text, params string[] values)
    {
        KoreanProfile.Instance.Numbers.Read(text).Select(m => m.Value)
            .ShouldBe(values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("만 명이 모였다.")]
    [InlineData("천천히 걸었다.")]
    [InlineData("억지로 웃었다.")]
    [InlineData("G20 정상회의가 열렸다.")]
    [InlineData("한-캐나다 2+2 회의가 열렸다.")]
    public void Should_not_read_a_unit_without_a_number_or_digits_of_a_name(string text)
    {
        KoreanProfile.Instance.Numbers.Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_a_run_of_digits_longer_than_any_stack_buffer()
    {
        // A file can hold a "figure" of a million digits; reading it must not overflow a worker thread's stack.
        var text = "수출은 " + new string('7', 1_000_000) + "억 달러였다.";
        IReadOnlyList<NumberMention>? mentions = null;
        var thread = new Thread(() => mentions = KoreanProfile.Instance.Numbers.Read(text), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        mentions.ShouldNotBeNull().ShouldHaveSingleItem().Start.ShouldBe(4);
    }
}
