using System.Runtime.CompilerServices;

namespace Alignment.Core.Alignment;

/// <summary>
/// A name's sound key without its vowels, marked with a leading '~' so it never meets a full key: Korean spells a
/// foreign name's vowels as they sound and English as they are written (맨체스터 and Manchester, 클리브랜드 and
/// Cleveland, 매콤버 and Macomber), while the consonants mostly agree.
/// </summary>
internal static class NameSkeleton
{
    /// <summary>
    /// Fewer consonants than this meet too many words by chance. Three (댈러스 and Dallas) paired more of the dev
    /// split's sound pairs but lost on the full split, where such chance matches pulled sentences out of place.
    /// </summary>
    public const int MinimumConsonants = 4;

    /// <summary>
    /// Writes the skeleton of <paramref name="key"/> into <paramref name="skeleton"/> (at least one character longer)
    /// and returns its length, or 0 when it has too few consonants. Repeated consonants count once (클락 keullak).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Write(ReadOnlySpan<char> key, Span<char> skeleton)
    {
        skeleton[0] = '~';
        var length = 1;
        foreach (var c in key)
        {
            if (c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y' or ' ' or '-' || c == skeleton[length - 1])
            {
                continue;
            }

            skeleton[length++] = c;
        }

        return length - 1 >= MinimumConsonants ? length : 0;
    }

    /// <summary>The skeleton of a key as a string, or null when it has too few consonants.</summary>
    public static string? Of(string key)
    {
        Span<char> buffer = key.Length < 128 ? stackalloc char[key.Length + 1] : new char[key.Length + 1];
        var length = Write(key, buffer);
        return length == 0 ? null : buffer[..length].ToString();
    }
}
