using Alignment.Eval.Beads;
using Alignment.Eval.Scoring;

namespace Alignment.Eval.Tests.Scoring;

public sealed class BeadScorerTests
{
    // Five Korean and four English sentences: ko1+ko2 are one English sentence, ko3 and en3 have no counterpart.
    public static readonly IReadOnlyList<EvalBead> Gold =
    [
        EvalBead.Pair(0, 0),
        new(new IdRange(1, 2), IdRange.Of(1)),
        EvalBead.KoreanOnly(3),
        EvalBead.Pair(4, 2),
        EvalBead.EnglishOnly(3),
    ];

    // Splits the 2-1, then pairs ko3 with en2 and leaves ko4 out instead.
    public static readonly IReadOnlyList<EvalBead> Wrong =
    [
        EvalBead.Pair(0, 0),
        EvalBead.Pair(1, 1),
        EvalBead.KoreanOnly(2),
        EvalBead.Pair(3, 2),
        EvalBead.KoreanOnly(4),
        EvalBead.EnglishOnly(3),
    ];

    [Fact]
    public void Should_score_a_perfect_prediction_as_1()
    {
        BeadScorer.Strict(Gold, Gold).F1.ShouldBe(1.0);
        BeadScorer.Unpaired(Gold, Gold).F1.ShouldBe(1.0);
    }

    [Fact]
    public void Should_count_strict_beads_of_a_known_wrong_prediction()
    {
        var prf = BeadScorer.Strict(Gold, Wrong);

        prf.ShouldBe(new Prf(Correct: 1, Predicted: 3, Gold: 3));
        prf.Precision.ShouldBe(1.0 / 3, 1e-12);
        prf.Recall.ShouldBe(1.0 / 3, 1e-12);
        prf.F1.ShouldBe(1.0 / 3, 1e-12);
    }

    [Fact]
    public void Should_count_unpaired_sentences_of_a_known_wrong_prediction()
    {
        var prf = BeadScorer.Unpaired(Gold, Wrong);

        prf.ShouldBe(new Prf(Correct: 1, Predicted: 3, Gold: 2));
        prf.Precision.ShouldBe(1.0 / 3, 1e-12);
        prf.Recall.ShouldBe(0.5);
        prf.F1.ShouldBe(0.4, 1e-12);
    }

    [Fact]
    public void Should_not_credit_a_bead_that_only_overlaps_a_gold_one()
    {
        var prf = BeadScorer.Strict(Gold, [new EvalBead(new IdRange(0, 3), new IdRange(0, 2))]);

        prf.ShouldBe(new Prf(0, 1, 3));
    }

    [Fact]
    public void Should_leave_precision_undefined_when_nothing_is_predicted()
    {
        var prf = BeadScorer.Unpaired([EvalBead.Pair(0, 0)], [EvalBead.Pair(0, 0)]);

        prf.ShouldBe(Prf.Zero);
        double.IsNaN(prf.Precision).ShouldBeTrue();
        double.IsNaN(prf.F1).ShouldBeTrue();
    }

    [Fact]
    public void Should_pool_counts_across_documents()
    {
        (new Prf(1, 2, 3) + new Prf(4, 5, 6)).ShouldBe(new Prf(5, 7, 9));
    }
}
