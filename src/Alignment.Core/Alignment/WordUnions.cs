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
                var union = size == 1 ? side[i].Words : Merge(side, i, i + size);
                unions[size - 1][i] = union;
                totals[size - 1][i] = union.Sum(w => weights[w]);
            }
        }
    }

    public (int[] Words, double Total) Of(int from, int to) => (unions[to - from - 1][from], totals[to - from - 1][from]);

    private static int[] Merge(SentenceFeatures[] side, int from, int to)
    {
        var all = new SortedSet<int>();
        for (var k = from; k < to; k++)
        {
            all.UnionWith(side[k].Words);
        }

        return [.. all];
    }
}
