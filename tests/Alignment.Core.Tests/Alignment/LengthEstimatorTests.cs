using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

/// <summary>A document's own length model, estimated from the one-to-one pairs of a first pass.</summary>
public sealed class LengthEstimatorTests
{
    private static readonly AlignerOptions Options = AlignerOptions.Default;

    [Fact]
    public void Should_move_the_ratio_towards_a_wordier_translation()
    {
        Estimate(pairs: 20).Ratio.ShouldBeGreaterThan(Options.LengthRatio);
    }

    [Fact]
    public void Should_keep_a_quarter_of_the_prior_however_many_pairs_agree()
    {
        // Every pair has 20 Korean and 50 English characters (2.5); a long document must not drown the prior.
        var model = Estimate(pairs: 1_000);

        model.Ratio.ShouldBe((0.75 * 2.5) + (0.25 * Options.LengthRatio), 1e-9);
        model.Variance.ShouldBe(0.25 * Options.LengthVariance, 1e-9);
    }

    [Fact]
    public void Should_not_estimate_from_a_handful_of_pairs()
    {
        var (path, source, target) = Document(pairs: 5);
        var cost = new BeadCost(source, target, Options, new LengthModel(Options.LengthRatio, Options.LengthVariance), null);

        LengthEstimator.TryEstimate(path, source, target, cost, out _).ShouldBeFalse();
    }

    private static LengthModel Estimate(int pairs)
    {
        var (path, source, target) = Document(pairs);
        var cost = new BeadCost(source, target, Options, new LengthModel(Options.LengthRatio, Options.LengthVariance), null);
        LengthEstimator.TryEstimate(path, source, target, cost, out var model).ShouldBeTrue();
        return model;
    }

    private static (List<(int, int, int, int)> Path, SentenceFeatures[] Source, SentenceFeatures[] Target) Document(int pairs)
    {
        var source = Enumerable.Range(0, pairs).Select(_ => new SentenceFeatures(20, [], [], [], 0)).ToArray();
        var target = Enumerable.Range(0, pairs).Select(_ => new SentenceFeatures(50, [], [], [], 0)).ToArray();
        var path = Enumerable.Range(0, pairs).Select(i => (i, i + 1, i, i + 1)).ToList();
        return (path, source, target);
    }
}
