using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Findings;

/// <summary>Findings in an enormous sentence carry a window of it, not the whole of it once per finding.</summary>
public sealed class LongTextTests
{
    [Fact]
    public void Should_leave_text_up_to_the_limit_whole()
    {
        var text = new string('a', LongText.MaxLength);

        LongText.Clip(text, 10, 12).ShouldBeSameAs(text);
        LongText.Window(5, 5 + LongText.MaxLength, 100, 104).ShouldBe((5, 5 + LongText.MaxLength));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(50_000, 50_010)]
    [InlineData(99_990, 100_000)]
    [InlineData(30_000, 31_000)]
    public void Should_cut_a_longer_text_to_the_limit_around_the_span(int start, int end)
    {
        var (from, to) = LongText.Window(0, 100_000, start, end);

        (to - from).ShouldBe(LongText.MaxLength);
        from.ShouldBeLessThanOrEqualTo(start);
        to.ShouldBeGreaterThanOrEqualTo(end);
    }

    [Fact]
    public void Should_keep_a_span_longer_than_the_limit_whole()
    {
        LongText.Window(0, 100_000, 20_000, 30_000).ShouldBe((20_000, 30_000));
    }

    [Fact]
    public void Should_mark_each_cut_with_an_ellipsis()
    {
        var text = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"w{i:D4} "));

        var middle = LongText.Clip(text, 6_000, 6_005);
        var head = LongText.Clip(text, 0, 5);

        middle.ShouldStartWith("…");
        middle.ShouldEndWith("…");
        middle.ShouldContain(text.Substring(6_000, 5));
        head.ShouldStartWith("w0000");
        head.ShouldEndWith("…");
        head.Length.ShouldBe(LongText.MaxLength + 1);
    }

    [Fact]
    public void Should_give_each_finding_of_a_sentence_without_stops_its_own_window_and_the_id_of_the_whole_text()
    {
        // Two hundred figures in one sentence that never ends, none of them in the Korean: a finding each.
        var figures = Enumerable.Range(0, 200).Select(i => $"the index rose {1_000 + (i * 7)} points on day {i + 1} and");
        var english = "Markets moved " + string.Join(' ', figures) + " closed.\n";
        const string korean = "시장은 움직였다.\n";

        var report = CheckRun.Of(korean, english, glossary: null);

        var numbers = report.Findings.Where(f => f.Check == "accuracy.number").ToList();
        numbers.Count.ShouldBeGreaterThan(100);
        var whole = english.TrimEnd('\n');
        foreach (var f in numbers)
        {
            f.TargetText.Length.ShouldBeLessThanOrEqualTo(LongText.MaxLength + 2);
            f.TargetText.ShouldContain(english[f.TargetStart!.Value..f.TargetEnd!.Value]);
            f.Id.Split('-')[0].ShouldBe(FindingId.Compute(f with { TargetText = whole }));
        }
    }

    [Fact]
    public void Should_keep_a_long_run_of_added_sentences_whole()
    {
        var added = Enumerable.Range(1, 60).Select(i => $"Analyst number {i} wrote a long commentary about markets, rates and the outlook for the coming year.");
        var english = "Prices rose 5 percent in May.\n" + string.Join(' ', added) + "\n";
        const string korean = "5월 물가는 5% 올랐다.\n";

        var report = CheckRun.Of(korean, english, glossary: null);

        var addition = report.Findings.Where(f => f.Check == "accuracy.addition").ShouldHaveSingleItem();
        addition.TargetText.Length.ShouldBeGreaterThan(LongText.MaxLength);
        addition.TargetText.ShouldBe(english[addition.TargetStart!.Value..addition.TargetEnd!.Value]);
    }
}
