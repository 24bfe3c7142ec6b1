using Alignment.Eval.Perturbation;
using Alignment.Eval.RunningText;

namespace Alignment.Eval.Tests.RunningText;

public sealed class RunningTextWriterTests
{
    private static readonly PerturbedDocument Document = new Perturber(new PerturbationOptions(0.1, 0.1, 0.1, 1)).Perturb(SyntheticStory.Document(2, 40));

    [Fact]
    public void Should_place_every_sentence_at_its_span()
    {
        var running = new RunningTextWriter(1).Write(Document);

        running.KoreanSpans.Select(s => running.Korean[s.Start..s.End]).ShouldBe(Document.Korean);
        running.EnglishSpans.Select(s => running.English[s.Start..s.End]).ShouldBe(Document.English);
    }

    [Fact]
    public void Should_break_paragraphs_every_4_to_6_beads_at_the_same_place_on_both_sides()
    {
        var running = new RunningTextWriter(1).Write(Document);

        var korean = Paragraphs(running.Korean, running.KoreanSpans);
        var english = Paragraphs(running.English, running.EnglishSpans);
        var beadParagraphs = Document.Gold.Select(b => b.Korean.IsEmpty ? english[b.English.Start] : korean[b.Korean.Start]).ToList();
        Document.Gold.ShouldAllBe(b => b.Korean.Ids.Concat(b.English.Ids).Any());
        foreach (var (bead, paragraph) in Document.Gold.Zip(beadParagraphs))
        {
            bead.Korean.Ids.ShouldAllBe(k => korean[k] == paragraph);
            bead.English.Ids.ShouldAllBe(e => english[e] == paragraph);
        }

        var sizes = beadParagraphs.GroupBy(p => p).Select(g => g.Count()).ToList();
        sizes.Count.ShouldBeGreaterThan(1);
        sizes.SkipLast(1).ShouldAllBe(n => n >= RunningTextWriter.MinParagraph && n <= RunningTextWriter.MaxParagraph);
        running.English.TrimEnd('\n').Split("\n\n").ShouldAllBe(p => !p.Contains('\n') && p.Length > 0);
    }

    [Fact]
    public void Should_wrap_both_sides_at_the_width_with_every_span_in_place()
    {
        var plain = new RunningTextWriter(1).Write(Document);

        var wrapped = new RunningTextWriter(1, wrapWidth: 30).Write(Document);

        wrapped.Korean.Replace('\n', ' ').ShouldBe(plain.Korean.Replace('\n', ' '));
        wrapped.English.Split('\n').Length.ShouldBeGreaterThan(plain.English.Split('\n').Length * 2);
        wrapped.KoreanSpans.ShouldBe(plain.KoreanSpans);
        wrapped.EnglishSpans.Select(s => wrapped.English[s.Start..s.End].Replace('\n', ' ')).ShouldBe(Document.English);
    }

    [Fact]
    public void Should_lay_out_the_same_text_for_the_same_seed()
    {
        var first = new RunningTextWriter(5).Write(Document);
        var second = new RunningTextWriter(5).Write(Document);

        second.ShouldBeEquivalentTo(first);
        new RunningTextWriter(6).Write(Document).Korean.ShouldNotBe(first.Korean);
    }

    // The paragraph of each sentence: how many blank lines come before it.
    private static List<int> Paragraphs(string text, IReadOnlyList<TextSpan> spans) =>
        spans.Select(s => text[..s.Start].Split("\n\n").Length - 1).ToList();
}
