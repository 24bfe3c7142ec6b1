using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// The search passes the cost it must beat; the cost may stop early then, but never in a way that changes which
/// bead wins: below the bound it is exact, and when it stops early the true cost is at least the bound.
/// </summary>
public sealed class BeadCostBoundTests
{
    [Fact]
    public void Should_be_exact_below_the_bound_and_never_under_it_above()
    {
        var source = Enumerable.Range(0, 6).Select(i => Sentence(20 + (7 * i), anchors: [i % 3, 10 + i], words: [i % 2, 4 + i])).ToArray();
        var target = Enumerable.Range(0, 6).Select(i => Sentence(45 + (11 * i), anchors: [i % 3], words: [])).ToArray();
        var cost = new BeadCost(source, target, AlignerOptions.Default, new LengthModel(2.0, 80.0), lexicon: null);

        foreach (var shape in BeadShape.All)
        {
            for (var i = 0; i + shape.Source <= source.Length; i++)
            {
                for (var j = 0; j + shape.Target <= target.Length; j++)
                {
                    var exact = cost.Cost(i, i + shape.Source, j, j + shape.Target);
                    foreach (var bound in new[] { -10.0, 0.0, exact - 0.5, exact, exact + 0.5, 50.0 })
                    {
                        var bounded = cost.Cost(i, i + shape.Source, j, j + shape.Target, bound);
                        if (bounded < bound)
                        {
                            bounded.ShouldBe(exact, 1e-12);
                        }
                        else
                        {
                            exact.ShouldBeGreaterThanOrEqualTo(bound);
                        }
                    }
                }
            }
        }
    }

    private static SentenceFeatures Sentence(int length, int[] anchors, int[] words) => new(length, anchors, [], words, 0);
}
