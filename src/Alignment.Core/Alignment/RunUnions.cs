namespace Alignment.Core.Alignment;

/// <summary>
/// The sorted, repeat-free union of a per-sentence array over one, two and three consecutive sentences, built once
/// per document: beads span at most three sentences a side, and the search tries each run against many partners.
/// </summary>
internal sealed class RunUnions<T>
    where T : IComparable<T>
{
    private readonly T[][][] unions = new T[3][][];

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

    public T[] Of(int from, int to) => unions[to - from - 1][from];

    // Both inputs are sorted without repeats; so is the result.
    private static T[] Merge(T[] a, T[] b)
    {
        var merged = new T[a.Length + b.Length];
        int x = 0, y = 0, k = 0;
        while (x < a.Length && y < b.Length)
        {
            var order = a[x].CompareTo(b[y]);
            if (order == 0)
            {
                merged[k++] = a[x++];
                y++;
            }
            else
            {
                merged[k++] = order < 0 ? a[x++] : b[y++];
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
