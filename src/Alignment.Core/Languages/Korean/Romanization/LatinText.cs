using System.Text;

namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>Latin text reduced to lower-case ASCII letters, with '.' where syllables or words part.</summary>
internal static class LatinText
{
    public const char Boundary = '.';

    // Explicit, because InvariantGlobalization makes Unicode decomposition unreliable to lean on.
    private static readonly Dictionary<char, string> Folded = new()
    {
        ['ŏ'] = "eo", ['ŭ'] = "eu", ['à'] = "a", ['á'] = "a", ['â'] = "a", ['ä'] = "a", ['ã'] = "a", ['å'] = "a",
        ['è'] = "e", ['é'] = "e", ['ê'] = "e", ['ë'] = "e", ['ì'] = "i", ['í'] = "i", ['î'] = "i", ['ï'] = "i",
        ['ò'] = "o", ['ó'] = "o", ['ô'] = "o", ['ö'] = "o", ['õ'] = "o", ['ø'] = "o", ['ù'] = "u", ['ú'] = "u",
        ['û'] = "u", ['ü'] = "u", ['ý'] = "y", ['ÿ'] = "y", ['ñ'] = "n", ['ç'] = "c", ['š'] = "sh", ['ž'] = "zh",
        ['č'] = "ch", ['ć'] = "ch", ['ł'] = "l", ['ß'] = "ss",
    };

    public static string Normalize(string latin)
    {
        var text = new StringBuilder(latin.Length + 4);
        foreach (var raw in latin)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z')
            {
                text.Append(c);
            }
            else if (Folded.TryGetValue(c, out var folded))
            {
                text.Append(folded);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`')
            {
                // MR aspiration (P'yŏngyang) and n'g marks: not a syllable break.
            }
            else if (text.Length > 0 && text[^1] != Boundary)
            {
                text.Append(Boundary);
            }
        }

        return text.ToString().TrimEnd(Boundary);
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    public static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
