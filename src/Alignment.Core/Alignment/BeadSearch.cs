namespace Alignment.Core.Alignment;

/// <summary>
/// Dynamic programming over bead shapes. Row i keeps only the columns of its band, so a long document costs
/// time and memory proportional to its length times the band width.
/// </summary>
internal static class BeadSearch
{
    public static List<(int I0, int I1, int J0, int J1)> Run(int n, int m, BeadCost cost, AlignerOptions options)
    {
        var band = Band(n, m, options);
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
                for (byte s = 0; s < BeadShape.All.Length; s++)
                {
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

                    var total = previous + shape.Prior + cost.Cost(pi, i, pj, j);
                    if (total < best)
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

    // The full matrix for ordinary stories; a band along the diagonal for archives, wide enough to hold every path
    // from (0,0) to (n,m) because consecutive rows' bands overlap.
    private static (int Lo, int Hi)[] Band(int n, int m, AlignerOptions options)
    {
        var band = new (int Lo, int Hi)[n + 1];
        var full = (long)(n + 1) * (m + 1) <= options.FullSearchCells;
        var width = Math.Max(options.BandHalfWidth, 4);
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
