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
    public void Should_break_paragraphs_every_4_to_6_sentences()
    {
        var running = new RunningTextWriter(1).Write(Document);

        var paragraphOf = running.EnglishSpans.Select(s => running.English[..s.Start].Split("\n\n").Length - 1).ToList();
        var sizes = paragraphOf.GroupBy(p => p).Select(g => g.Count()).ToList();
        paragraphOf.ShouldBe(paragraphOf.Order());
        sizes.Count.ShouldBeGreaterThan(1);
        sizes.SkipLast(1).ShouldAllBe(n => n >= RunningTextWriter.MinParagraph && n <= RunningTextWriter.MaxParagraph);
        running.English.TrimEnd('\n').Split("\n\n").ShouldAllBe(p => !p.Contains('\n'));
    }

    [Fact]
    public void Should_lay_out_the_same_text_for_the_same_seed()
    {
        var first = new RunningTextWriter(5).Write(Document);
        var second = new RunningTextWriter(5).Write(Document);

        second.ShouldBeEquivalentTo(first);
        new RunningTextWriter(6).Write(Document).Korean.ShouldNotBe(first.Korean);
    }
}
