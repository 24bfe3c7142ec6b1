using Alignment.Eval.Beads;
using Alignment.Eval.Scoring;

namespace Alignment.Eval.Tests.Scoring;

public sealed class LinkScorerTests
{
    // Two gold pairs; the tool cut Korean gold sentence 0 into system sentences 0 and 1.
    private static readonly EvalBead[] Gold = [EvalBead.Pair(0, 0), EvalBead.Pair(1, 1)];
    private static readonly int[] KoreanToGold = [0, 0, 1];
    private static readonly int[] EnglishToGold = [0, 1];

    [Fact]
    public void Should_score_a_perfect_prediction_as_1_whatever_the_segmentation()
    {
        EvalBead[] predicted = [new(new IdRange(0, 2), IdRange.Of(0)), EvalBead.Pair(2, 1)];

        LinkScorer.Score(Gold, predicted, KoreanToGold, EnglishToGold).ShouldBe(new Prf(2, 2, 2));
    }

    [Fact]
    public void Should_count_links_of_a_known_wrong_prediction()
    {
        EvalBead[] predicted = [EvalBead.Pair(0, 0), new(new IdRange(1, 2), IdRange.Of(1))];

        var prf = LinkScorer.Score(Gold, predicted, KoreanToGold, EnglishToGold);

        prf.ShouldBe(new Prf(Correct: 2, Predicted: 3, Gold: 2));
        prf.F1.ShouldBe(0.8, 1e-12);
    }

    [Fact]
    public void Should_link_every_sentence_of_a_gold_merge()
    {
        EvalBead[] gold = [new(new IdRange(0, 2), IdRange.Of(0))];

        LinkScorer.Score(gold, [EvalBead.Pair(0, 0)], [0, 1], [0]).ShouldBe(new Prf(1, 1, 2));
    }

    [Fact]
    public void Should_never_credit_a_sentence_that_maps_to_no_gold_sentence()
    {
        EvalBead[] predicted = [EvalBead.Pair(0, 0), EvalBead.Pair(1, 0)];

        LinkScorer.Score([EvalBead.Pair(0, 0)], predicted, [0, -1], [0]).ShouldBe(new Prf(1, 2, 1));
    }

    [Fact]
    public void Should_ignore_unpaired_beads()
    {
        EvalBead[] predicted = [EvalBead.KoreanOnly(0), EvalBead.KoreanOnly(1), EvalBead.EnglishOnly(0), EvalBead.Pair(2, 1)];

        LinkScorer.Score(Gold, predicted, KoreanToGold, EnglishToGold).ShouldBe(new Prf(1, 1, 2));
    }

    [Fact]
    public void Should_count_gold_links_lost_to_segmentation_as_unreachable()
    {
        // English gold sentence 1 is swallowed: the only system sentence over it mostly covers gold sentence 0.
        LinkScorer.Reachable(Gold, KoreanToGold, [0, 0]).ShouldBe(1);
        LinkScorer.Reachable(Gold, KoreanToGold, EnglishToGold).ShouldBe(2);
    }
}
