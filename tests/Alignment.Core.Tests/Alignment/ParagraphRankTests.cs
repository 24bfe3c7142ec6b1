using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

/// <summary>When both texts keep the story's paragraphs, a pair across paragraphs of different rank is unlikely.</summary>
public sealed class ParagraphRankTests
{
    private static readonly AlignerOptions Options = AlignerOptions.Default;

    // Two paragraphs of five sentences in Korean. The English drops the last sentence of the first paragraph and
    // adds one at the start of the second, so by length alone every sentence pairs one-to-one, one of them across
    // the paragraph break.
    private static readonly SentenceFeatures[] Source = Side(30, 5, 5);
    private static readonly SentenceFeatures[] Target = Side(60, 4, 6);

    [Fact]
    public void Should_leave_the_shifted_sentences_unpaired_when_the_paragraphs_correspond()
    {
        var pairs = Align(Source, Target).Where(p => p.I1 > p.I0 && p.J1 > p.J0).ToList();

        pairs.ShouldNotContain((4, 5, 4, 5));
        pairs.Count.ShouldBe(9);
    }

    [Fact]
    public void Should_pair_by_length_alone_when_the_paragraph_counts_differ()
    {
        var target = Side(60, 4, 3, 3);

        Align(Source, target).ShouldContain((4, 5, 4, 5));
    }

    [Fact]
    public void Should_not_count_the_paragraphs_as_kept_when_few_first_pairs_agree()
    {
        var cost = Cost(Source, Side(60, 1, 9));
        var diagonal = Enumerable.Range(0, 10).Select(i => (i, i + 1, i, i + 1)).ToList();

        cost.KeepsParagraphs(diagonal).ShouldBeFalse();
    }

    [Fact]
    public void Should_cost_a_pair_across_ranks_more_only_once_the_paragraphs_are_kept()
    {
        var cost = Cost(Source, Target);
        var kept = cost.With(cost.Model, keepsParagraphs: true);

        (kept.Cost(4, 5, 4, 5) - cost.Cost(4, 5, 4, 5)).ShouldBe(Options.ParagraphShiftPenalty, 1e-9);
        kept.Cost(5, 6, 5, 6).ShouldBe(cost.Cost(5, 6, 5, 6), 1e-9);
    }

    private static List<(int I0, int I1, int J0, int J1)> Align(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var cost = Cost(source, target);
        var band = BeadSearch.Band(source.Length, target.Length, Options);
        var first = BeadSearch.Run(source.Length, target.Length, cost, band, BeadShape.Simple);
        return BeadSearch.Run(source.Length, target.Length, cost.With(cost.Model, cost.KeepsParagraphs(first)), band, BeadShape.All.Length);
    }

    private static BeadCost Cost(SentenceFeatures[] source, SentenceFeatures[] target) =>
        new(source, target, Options, new LengthModel(Options.LengthRatio, Options.LengthVariance), null);

    // Sentences of one length, with nothing else to go by, in paragraphs of the given sizes.
    private static SentenceFeatures[] Side(int length, params int[] paragraphs) =>
        paragraphs.SelectMany((size, p) => Enumerable.Range(0, size).Select(_ => new SentenceFeatures(length, [], [], [], p))).ToArray();
}
