namespace Alignment.Core.Alignment;

/// <summary>
/// The lexicon ids of one, two and three consecutive sentences of a side (sorted, without repeats) and their
/// weight totals, built once per document: beads span at most three sentences a side, and the search tries each
/// run against many partners.
/// </summary>
internal sealed class WordUnions
{
    private readonly int[][][] unions;
    private readonly double[][] totals;

    public WordUnions(SentenceFeatures[] side, double[] weights)
    {
        unions = new int[3][][];
        totals = new double[3][];
        for (var size = 1; size <= 3; size++)
        {
            var count = Math.Max(0, side.Length - size + 1);
            unions[size - 1] = new int[count][];
            totals[size - 1] = new double[count];
            for (var i = 0; i < count; i++)
            {
                // A run of three is the run of two starting there merged with the third sentence.
                var union = size == 1 ? side[i].Words : Merge(unions[size - 2][i], side[i + size - 1].Words);
                unions[size - 1][i] = union;
                double total = 0;
                foreach (var w in union)
                {
                    total += weights[w];
                }

                totals[size - 1][i] = total;
            }
        }
    }

    public (int[] Words, double Total) Of(int from, int to) => (unions[to - from - 1][from], totals[to - from - 1][from]);

    // Both inputs are sorted without repeats; so is the result.
    private static int[] Merge(int[] a, int[] b)
    {
        var merged = new int[a.Length + b.Length];
        int x = 0, y = 0, k = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                merged[k++] = a[x++];
                y++;
            }
            else
            {
                merged[k++] = a[x] < b[y] ? a[x++] : b[y++];
            }
        }

        while (x < a.Length)
        {
            merged[k++] = a[x++];
        }

        while (y < b.Length)
        {
            merged[k++] = b[y++];
        }

        return k == merged.Length ? merged : merged[..k];
    }
}
