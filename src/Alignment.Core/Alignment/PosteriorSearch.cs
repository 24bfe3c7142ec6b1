using System.Runtime.CompilerServices;

namespace Alignment.Core.Alignment;

/// <summary>
/// The fine search, by posterior decoding. A bead's cost is read as an energy: a path's probability falls as
/// e^(-cost / temperature). Forward and backward sums over every path in the band give each bead's probability,
/// and the path chosen is the one with the most sentences expected to be in their right bead.
/// </summary>
/// <remarks>
/// The cheapest path (<see cref="BeadSearch"/>) stakes everything on one reading of a doubtful stretch. Where a
/// pairing and an omission cost nearly the same, the sum over paths sees which reading most paths agree on: a
/// pair the cheapest path needs but few near-cheapest paths share is likely a chance pairing of two sentences that
/// lost their translations.
/// </remarks>
internal static class PosteriorSearch
{
    // A bead dearer than the cheapest way into its cell by this many temperatures carries under e^-30 of its
    // probability: its cost need not be worked out in full, which keeps the forward pass as cheap as the search.
    private const double Negligible = 30;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(int I0, int I1, int J0, int J1)> Run(int n, int m, BeadCost cost, (int Lo, int Hi)[] band, int shapes, double temperature)
    {
        var lattice = new BandLattice(band);
        var energy = new double[lattice.Cells * shapes];
        Array.Fill(energy, double.PositiveInfinity);
        var forward = Forward(n, cost, band, lattice, energy, shapes, temperature);
        var backward = Backward(n, m, band, lattice, energy, shapes, temperature);
        var total = forward[lattice.Index(n, m)];

        var gain = new double[lattice.Cells];
        var back = new byte[lattice.Cells];
        Array.Fill(gain, double.NegativeInfinity);
        gain[lattice.Index(0, 0)] = 0;
        for (var i = 0; i <= n; i++)
        {
            for (var j = band[i].Lo; j <= band[i].Hi; j++)
            {
                var cell = lattice.Index(i, j);
                for (var s = 0; s < shapes; s++)
                {
                    var e = energy[(cell * shapes) + s];
                    if (double.IsPositiveInfinity(e))
                    {
                        continue;
                    }

                    var shape = BeadShape.All[s];
                    var previous = lattice.Index(i - shape.Source, j - shape.Target);
                    var probability = Math.Exp(forward[previous] - (e / temperature) + backward[cell] - total);
                    var candidate = gain[previous] + (probability * (shape.Source + shape.Target));
                    if (candidate > gain[cell])
                    {
                        gain[cell] = candidate;
                        back[cell] = (byte)s;
                    }
                }
            }
        }

        return Trace(n, m, lattice, back);
    }

    // Log of the summed probability of every path from (0, 0) to each cell; fills in each bead's energy.
    private static double[] Forward(int n, BeadCost cost, (int Lo, int Hi)[] band, BandLattice lattice, double[] energy, int shapes, double temperature)
    {
        var forward = new double[lattice.Cells];
        Array.Fill(forward, double.NegativeInfinity);
        forward[lattice.Index(0, 0)] = 0;
        for (var i = 0; i <= n; i++)
        {
            for (var j = band[i].Lo; j <= band[i].Hi; j++)
            {
                var cell = lattice.Index(i, j);
                var cheapest = double.PositiveInfinity;
                var sum = double.NegativeInfinity;
                for (var k = 0; k < shapes && !(i == 0 && j == 0); k++)
                {
                    var s = BeadShape.SearchOrder[k];
                    var shape = BeadShape.All[s];
                    int pi = i - shape.Source, pj = j - shape.Target;
                    if (!lattice.Contains(pi, pj) || double.IsNegativeInfinity(forward[lattice.Index(pi, pj)]))
                    {
                        continue;
                    }

                    // The path sum so far as a cost, so the bead's cost can stop early like the search's.
                    var before = -temperature * forward[lattice.Index(pi, pj)];
                    var bound = cheapest + (Negligible * temperature) - before - shape.Prior;
                    var beadCost = cost.Cost(pi, i, pj, j, bound);
                    if (beadCost >= bound)
                    {
                        continue;
                    }

                    var e = energy[(cell * shapes) + s] = shape.Prior + beadCost;
                    cheapest = Math.Min(cheapest, before + e);
                    sum = LogAdd(sum, forward[lattice.Index(pi, pj)] - (e / temperature));
                }

                forward[cell] = i == 0 && j == 0 ? 0 : sum;
            }
        }

        return forward;
    }

    // Log of the summed probability of every path from each cell to (n, m), over the beads the forward pass kept.
    private static double[] Backward(int n, int m, (int Lo, int Hi)[] band, BandLattice lattice, double[] energy, int shapes, double temperature)
    {
        var backward = new double[lattice.Cells];
        Array.Fill(backward, double.NegativeInfinity);
        backward[lattice.Index(n, m)] = 0;
        for (var i = n; i >= 0; i--)
        {
            for (var j = band[i].Hi; j >= band[i].Lo; j--)
            {
                var sum = backward[lattice.Index(i, j)];
                for (var s = 0; s < shapes; s++)
                {
                    var shape = BeadShape.All[s];
                    int ni = i + shape.Source, nj = j + shape.Target;
                    if (ni <= n && lattice.Contains(ni, nj) && energy[(lattice.Index(ni, nj) * shapes) + s] is var e && !double.IsPositiveInfinity(e))
                    {
                        sum = LogAdd(sum, backward[lattice.Index(ni, nj)] - (e / temperature));
                    }
                }

                backward[lattice.Index(i, j)] = sum;
            }
        }

        return backward;
    }

    private static List<(int, int, int, int)> Trace(int n, int m, BandLattice lattice, byte[] back)
    {
        var beads = new List<(int, int, int, int)>();
        int i = n, j = m;
        while (i > 0 || j > 0)
        {
            var shape = BeadShape.All[back[lattice.Index(i, j)]];
            beads.Add((i - shape.Source, i, j - shape.Target, j));
            i -= shape.Source;
            j -= shape.Target;
        }

        beads.Reverse();
        return beads;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogAdd(double a, double b) =>
        double.IsNegativeInfinity(a) ? b
        : double.IsNegativeInfinity(b) ? a
        : Math.Max(a, b) + Math.Log(1 + Math.Exp(-Math.Abs(a - b)));
}
