namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// Arithmetic decomposition of precomposed Hangul (U+AC00..U+D7A3): every syllable is
/// 0xAC00 + (initial * 21 + medial) * 28 + final, so no table is needed.
/// </summary>
public static class Hangul
{
    public const int InitialCount = 19;
    public const int MedialCount = 21;
    public const int FinalCount = 28;

    /// <summary>Index of ㅇ among the initials: it has no sound before a vowel.</summary>
    public const int SilentInitial = 11;

    private const char First = '\uAC00';
    private const char Last = '\uD7A3';

    public static bool IsSyllable(char c) => c is >= First and <= Last;

    public static bool TryDecompose(char c, out HangulSyllable syllable)
    {
        if (!IsSyllable(c))
        {
            syllable = default;
            return false;
        }

        var offset = c - First;
        syllable = new HangulSyllable(offset / (MedialCount * FinalCount), offset / FinalCount % MedialCount, offset % FinalCount);
        return true;
    }

    public static HangulSyllable Decompose(char c) =>
        TryDecompose(c, out var syllable) ? syllable : throw new ArgumentException($"'{c}' is not a precomposed Hangul syllable.", nameof(c));

    /// <summary>Decomposes a run of syllables; throws on the first character that is not one.</summary>
    public static HangulSyllable[] Decompose(ReadOnlySpan<char> syllables)
    {
        var result = new HangulSyllable[syllables.Length];
        for (var i = 0; i < syllables.Length; i++)
        {
            result[i] = Decompose(syllables[i]);
        }

        return result;
    }

    /// <summary>Length of the leading run of precomposed syllables in <paramref name="text"/>.</summary>
    public static int SyllableRunLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && IsSyllable(text[n]))
        {
            n++;
        }

        return n;
    }

    public static char Compose(HangulSyllable syllable)
    {
        var (initial, medial, final) = syllable;
        if ((uint)initial >= InitialCount || (uint)medial >= MedialCount || (uint)final >= FinalCount)
        {
            throw new ArgumentOutOfRangeException(nameof(syllable), syllable, "Jamo index out of range.");
        }

        return (char)(First + ((initial * MedialCount) + medial) * FinalCount + final);
    }
}
