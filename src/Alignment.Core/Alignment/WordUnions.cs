using System.Runtime.CompilerServices;
namespace Alignment.Core.Alignment;

/// <summary>The lexicon ids of one, two and three consecutive sentences of a side, with their weight totals.</summary>
internal sealed class WordUnions
{
    private readonly RunUnions<int> unions;
    private readonly double[][] totals = new double[3][];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WordUnions(SentenceFeatures[] side, double[] weights)
    {
        unions = new RunUnions<int>(side.Select(s => s.Words).ToArray());
        for (var size = 1; size <= 3; size++)
        {
            totals[size - 1] = new double[Math.Max(0, side.Length - size + 1)];
            for (var i = 0; i < totals[size - 1].Length; i++)
            {
                double total = 0;
                foreach (var w in unions.Of(i, i + size))
                {
                    total += weights[w];
                }

                totals[size - 1][i] = total;
            }
        }
    }

    /// <summary>The unions themselves, for walking the ids of neighbouring runs.</summary>
    public RunUnions<int> Words => unions;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int[] Words, double Total) Of(int from, int to) => (unions.Of(from, to), totals[to - from - 1][from]);
}
