using Alignment.Eval.Beads;
using Alignment.Eval.Scoring;

namespace Alignment.Eval.Tests.Scoring;

public sealed class ErrorFinderTests
{
    [Fact]
    public void Should_find_no_region_in_a_perfect_prediction()
    {
        ErrorFinder.Find(0, BeadScorerTests.Gold, BeadScorerTests.Gold).ShouldBeEmpty();
    }

    [Fact]
    public void Should_cut_a_wrong_prediction_where_both_paths_meet()
    {
        var regions = ErrorFinder.Find(7, BeadScorerTests.Gold, BeadScorerTests.Wrong);

        regions.Select(r => r.Signature).ShouldBe(["gold 2-1 | predicted 1-1 1-0", "gold 1-0 1-1 | predicted 1-1 1-0"]);
        regions.ShouldAllBe(r => r.Document == 7);
        regions[0].Gold.ShouldBe([BeadScorerTests.Gold[1]]);
        regions[0].Predicted.ShouldBe([BeadScorerTests.Wrong[1], BeadScorerTests.Wrong[2]]);
    }

    [Fact]
    public void Should_not_count_swapped_omission_and_addition_as_an_error()
    {
        EvalBead[] gold = [EvalBead.Pair(0, 0), EvalBead.KoreanOnly(1), EvalBead.EnglishOnly(1), EvalBead.Pair(2, 2)];
        EvalBead[] predicted = [EvalBead.Pair(0, 0), EvalBead.EnglishOnly(1), EvalBead.KoreanOnly(1), EvalBead.Pair(2, 2)];

        ErrorFinder.Find(0, gold, predicted).ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_pair_made_of_an_omission_and_an_addition()
    {
        EvalBead[] gold = [EvalBead.KoreanOnly(0), EvalBead.EnglishOnly(0)];
        EvalBead[] predicted = [EvalBead.Pair(0, 0)];

        ErrorFinder.Find(0, gold, predicted).Single().Signature.ShouldBe("gold 1-0 0-1 | predicted 1-1");
    }
}
