using System.Runtime.CompilerServices;
namespace Alignment.Core.Alignment;

/// <summary>
/// The sorted, repeat-free union of a per-sentence array over one, two and three consecutive sentences, built once
/// per document: beads span at most three sentences a side, and the search tries each run against many partners.
/// </summary>
internal sealed class RunUnions<T>
    where T : IComparable<T>
{
    private readonly T[][][] unions = new T[3][][];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RunUnions(IReadOnlyList<T[]> items)
    {
        for (var size = 1; size <= 3; size++)
        {
            var count = Math.Max(0, items.Count - size + 1);
            unions[size - 1] = new T[count][];
            for (var i = 0; i < count; i++)
            {
                // A run of three is the run of two starting there merged with the third sentence.
                unions[size - 1][i] = size == 1 ? items[i] : Merge(unions[size - 2][i], items[i + size - 1]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T[] Of(int from, int to) => unions[to - from - 1][from];

    // Both inputs are sorted without repeats; so is the result, allocated at its exact size.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T[] Merge(T[] a, T[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == 0 ? b : a;
        }

        var merged = new T[a.Length + b.Length - Common(a, b)];
        int x = 0, y = 0, k = 0;
        while (x < a.Length && y < b.Length)
        {
            var order = a[x].CompareTo(b[y]);
            merged[k++] = order <= 0 ? a[x] : b[y];
            x += order <= 0 ? 1 : 0;
            y += order >= 0 ? 1 : 0;
        }

        a.AsSpan(x).CopyTo(merged.AsSpan(k));
        b.AsSpan(y).CopyTo(merged.AsSpan(k + a.Length - x));
        return merged;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Common(T[] a, T[] b)
    {
        int x = 0, y = 0, common = 0;
        while (x < a.Length && y < b.Length)
        {
            var order = a[x].CompareTo(b[y]);
            common += order == 0 ? 1 : 0;
            x += order <= 0 ? 1 : 0;
            y += order >= 0 ? 1 : 0;
        }

        return common;
    }
}
