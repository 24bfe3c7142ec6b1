using System.Runtime.CompilerServices;
namespace Alignment.Core.Alignment;

/// <summary>
/// Dynamic programming over bead shapes. Row i keeps only the columns of its band, so a long document costs
/// time and memory proportional to its length times the band width.
/// </summary>
internal static class BeadSearch
{
    private const double Margin = 1e-9;

    /// <summary>One search over the given band with the given shapes (indices into <see cref="BeadShape.All"/>).</summary>
    // Optimised at once, as are the cost and feature extraction it calls (see ARCHITECTURE.md, speed of one run):
    // called twice an alignment, it would otherwise run a first alignment as quick-JIT code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(int I0, int I1, int J0, int J1)> Run(int n, int m, BeadCost cost, (int Lo, int Hi)[] band, int shapes)
    {
        var costs = new double[n + 1][];
        var back = new byte[n + 1][];
        for (var i = 0; i <= n; i++)
        {
            var width = band[i].Hi - band[i].Lo + 1;
            costs[i] = new double[width];
            back[i] = new byte[width];
            Array.Fill(costs[i], double.PositiveInfinity);
        }

        costs[0][0 - band[0].Lo] = 0;
        for (var i = 0; i <= n; i++)
        {
            for (var j = band[i].Lo; j <= band[i].Hi; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var best = double.PositiveInfinity;
                byte bestShape = 0;
                for (var k = 0; k < shapes; k++)
                {
                    var s = BeadShape.SearchOrder[k];
                    var shape = BeadShape.All[s];
                    int pi = i - shape.Source, pj = j - shape.Target;
                    if (pi < 0 || pj < 0 || pj < band[pi].Lo || pj > band[pi].Hi)
                    {
                        continue;
                    }

                    var previous = costs[pi][pj - band[pi].Lo];
                    if (double.IsPositiveInfinity(previous))
                    {
                        continue;
                    }

                    // The cost may stop early once this bead cannot beat the best so far; the margin keeps rounding
                    // from ever pruning a bead that would have won, so the path is the one an exact search finds.
                    var total = previous + shape.Prior + cost.Cost(pi, i, pj, j, best - previous - shape.Prior + Margin);
                    // One-to-one wins a tie, as it did when it was tried first.
                    if (total < best || (total == best && s == 0))
                    {
                        best = total;
                        bestShape = s;
                    }
                }

                costs[i][j - band[i].Lo] = best;
                back[i][j - band[i].Lo] = bestShape;
            }
        }

        return Trace(n, m, band, back);
    }

    private static List<(int, int, int, int)> Trace(int n, int m, (int Lo, int Hi)[] band, byte[][] back)
    {
        var beads = new List<(int, int, int, int)>();
        int i = n, j = m;
        while (i > 0 || j > 0)
        {
            var shape = BeadShape.All[back[i][j - band[i].Lo]];
            beads.Add((i - shape.Source, i, j - shape.Target, j));
            i -= shape.Source;
            j -= shape.Target;
        }

        beads.Reverse();
        return beads;
    }

    /// <summary>
    /// A corridor of <paramref name="width"/> columns either side of a path, for the fine search after a coarse one:
    /// the best path with merges stays close to the best one-to-one path.
    /// </summary>
    public static (int Lo, int Hi)[] Corridor(int n, int m, List<(int I0, int I1, int J0, int J1)> path, int width)
    {
        var band = new (int Lo, int Hi)[n + 1];
        for (var i = 0; i <= n; i++)
        {
            band[i] = (int.MaxValue, int.MinValue);
        }

        foreach (var (i0, i1, j0, j1) in path)
        {
            for (var i = i0; i <= i1; i++)
            {
                band[i] = (Math.Min(band[i].Lo, Math.Max(0, j0 - width)), Math.Max(band[i].Hi, Math.Min(m, j1 + width)));
            }
        }

        // Keep the corridor monotone so every row can reach the next.
        for (var i = 1; i <= n; i++)
        {
            band[i] = (Math.Max(band[i].Lo, 0), band[i].Hi);
            band[i] = (Math.Min(band[i].Lo, band[i - 1].Hi), Math.Max(band[i].Hi, band[i - 1].Lo));
        }

        return band;
    }

    // The full matrix for ordinary stories; a band along the diagonal for archives, wide enough to hold a path
    // from (0,0) to (n,m) because consecutive rows' bands overlap: where the target has many more sentences than the
    // source (a story against a whole archive), the band is at least as wide as the step between rows' centres.
    public static (int Lo, int Hi)[] Band(int n, int m, AlignerOptions options)
    {
        var band = new (int Lo, int Hi)[n + 1];
        var full = (long)(n + 1) * (m + 1) <= options.FullSearchCells;
        var width = Math.Max(Math.Max(options.BandHalfWidth, 4), n == 0 ? 0 : (m / n / 2) + 2);
        for (var i = 0; i <= n; i++)
        {
            if (full || n == 0)
            {
                band[i] = (0, m);
                continue;
            }

            var centre = (int)((long)i * m / n);
            band[i] = (Math.Max(0, centre - width), Math.Min(m, centre + width));
        }

        return band;
    }
}
