using System.Runtime.CompilerServices;
namespace Alignment.Core.Alignment;

/// <summary>
/// What one member of a merged run brings that its fellow members do not: the word-level half of
/// <see cref="SideEvidence"/>, over sorted arrays of word ids or of (word, entry) links.
/// </summary>
internal static class RunMembers
{
    // The other members of a run of at most three as at most two arrays: a neighbouring run's union, or the two
    // ends around a middle member.
    public static (T[] First, T[] Second) Others<T>(RunUnions<T> unions, int k, int from, int to)
        where T : IComparable<T>
    {
        if (k == from)
        {
            return (to - from > 1 ? unions.Of(from + 1, to) : [], []);
        }

        return k == to - 1 ? (unions.Of(from, k), []) : (unions.Of(from, k), unions.Of(k + 1, to));
    }

    // Whether a word is in both the links and the words and in neither of the others. All four arrays are sorted by
    // word, so one pass with a cursor in each does it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AddsWord<TFirst, TSecond>(long[] pairs, int[] words, TFirst[] first, TSecond[] second)
        where TFirst : IComparable<TFirst>
        where TSecond : IComparable<TSecond>
    {
        int a = 0, b = 0, x = 0, y = 0;
        while (a < pairs.Length && b < words.Length)
        {
            var word = (int)(pairs[a] >> 32);
            if (word == words[b] && !Holds(first, ref x, word) && !Holds(second, ref y, word))
            {
                return true;
            }

            a += word <= words[b] ? 1 : 0;
            b += word >= words[b] ? 1 : 0;
        }

        return false;
    }

    // Advances the cursor past every entry below the word and tells whether the next one is the word. Words come in
    // increasing order, so the cursor never moves back.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds<T>(T[] items, ref int cursor, int word)
    {
        while (cursor < items.Length && WordOf(items[cursor]) < word)
        {
            cursor++;
        }

        return cursor < items.Length && WordOf(items[cursor]) == word;
    }

    private static int WordOf<T>(T item) => item switch
    {
        long pair => (int)(pair >> 32),
        int word => word,
        _ => throw new ArgumentException("a link or a word id", nameof(item)),
    };
}
