using System.Runtime.CompilerServices;
namespace Alignment.Core.Text;

/// <summary>Script tests on single characters, shared by every language profile.</summary>
public static class Scripts
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHangul(char c) =>
        c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    public static bool IsHanja(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F');

    /// <summary>
    /// Whether a terminal gives the character two columns (East Asian wide: Hangul, CJK ideographs and punctuation,
    /// full-width forms), as wrappers that count columns do.
    /// </summary>
    public static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    /// <summary>Every character from <paramref name="from"/> to <paramref name="to"/>, both included, as one string.</summary>
    public static string Range(char from, char to) => new([.. Enumerable.Range(from, to - from + 1).Select(c => (char)c)]);

    /// <summary>Share of letters that are Hangul and share that are Latin, over all letters.</summary>
    public static (double Hangul, double Latin, int Letters) Profile(ReadOnlySpan<char> text)
    {
        int hangul = 0, latin = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (IsHangul(c))
            {
                hangul++;
            }
            else if (IsLatin(c))
            {
                latin++;
            }
        }

        return letters == 0 ? (0, 0, 0) : ((double)hangul / letters, (double)latin / letters, letters);
    }
}
