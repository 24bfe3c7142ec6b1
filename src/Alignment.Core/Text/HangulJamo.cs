namespace Alignment.Core.Text;

/// <summary>
/// Unicode's arithmetic composition of conjoining jamo into Hangul syllables (initial + medial [+ final], or a
/// syllable without a final + final). It is done here rather than by <c>string.Normalize</c> because the tool runs
/// with invariant globalization, where normalization composes nothing. Archaic jamo, which have no syllable, stay.
/// </summary>
internal static class HangulJamo
{
    private const char FirstSyllable = '\uAC00';
    private const char LastSyllable = '\uD7A3';
    private const char FirstInitial = '\u1100';
    private const char FirstMedial = '\u1161';
    private const char FirstFinal = '\u11A7'; // one before ᆨ: index 0 means "no final"
    private const int Initials = 19;
    private const int MedialCount = 21;
    private const int FinalCount = 28;

    /// <summary>Every conjoining medial and final, modern and archaic (the characters composition may consume).</summary>
    public static string Medials { get; } = Scripts.Range('\u1160', '\u11A7') + Scripts.Range('\uD7B0', '\uD7C6');

    public static string Finals { get; } = Scripts.Range('\u11A8', '\u11FF') + Scripts.Range('\uD7CB', '\uD7FB');

    /// <summary>The syllable the jamo at the start of <paramref name="text"/> make, and how many they are (0: none).</summary>
    public static (char Syllable, int Used) Compose(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return ('\0', 0);
        }

        int initial = text[0] - FirstInitial, medial = text[1] - FirstMedial;
        if (initial is >= 0 and < Initials && medial is >= 0 and < MedialCount)
        {
            var syllable = FirstSyllable + ((initial * MedialCount) + medial) * FinalCount;
            var final = text.Length > 2 ? text[2] - FirstFinal : 0;
            return final is > 0 and < FinalCount ? ((char)(syllable + final), 3) : ((char)syllable, 2);
        }

        var open = text[0] - FirstSyllable;
        var added = text[1] - FirstFinal;
        if (text[0] <= LastSyllable && open >= 0 && open % FinalCount == 0 && added is > 0 and < FinalCount)
        {
            return ((char)(text[0] + added), 2);
        }

        return ('\0', 0);
    }
}
