using System.Text;

namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// A coarse sound key for Latin text, so that romanizations and English spellings of one Korean
/// or foreign name meet: Cho Tae-yeol, Cho Tae-yul and chotaeyol all give JOTEYOL.
/// The classes are the letters Korean does not tell apart, or that romanizations spell differently:
/// p/b/f/v → P, k/g/c/q → K, t/d/th → T, ch/j/z → J, s/sh → S, r/l → L, eo/o/u/oo/eu → O,
/// ae/ai/e → E, ee/i/final y → I; y and w before a vowel are glides (Y, W); h is kept only before a vowel;
/// doubled symbols count once. Apostrophes are ignored, any other non-letter separates syllables.
/// </summary>
public static class PhoneticKey
{
    public static string Of(string latin) => Of(latin, dropEpentheticEu: false);

    /// <param name="dropEpentheticEu">
    /// Drop 'eu' (MR 'ŭ') written between consonants or at the end of a word. Korean inserts it to
    /// spell consonant clusters of foreign names (클리퍼 keul-li-peo for Clipper, 트럼프 teu-reom-peu),
    /// so the Korean side is keyed with and without it. English spellings never need it dropped.
    /// </param>
    internal static string Of(string latin, bool dropEpentheticEu)
    {
        ArgumentNullException.ThrowIfNull(latin);
        return OfNormalized(LatinText.Normalize(latin), dropEpentheticEu);
    }

    /// <summary>
    /// Adds to <paramref name="keys"/> the key of <paramref name="latin"/> as written and the key without
    /// epenthetic eu, each once. Text is normalized once, and the second key is read only when the text holds an
    /// eu to drop: keying every form of every Korean word is the dearest step of name matching.
    /// </summary>
    internal static void AddBoth(string latin, List<string> keys)
    {
        var text = LatinText.Normalize(latin);
        Add(keys, OfNormalized(text, dropEpentheticEu: false));
        if (text.Contains("eu", StringComparison.Ordinal))
        {
            Add(keys, OfNormalized(text, dropEpentheticEu: true));
        }
    }

    private static void Add(List<string> keys, string key)
    {
        if (key.Length > 0 && !keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    private static string OfNormalized(string text, bool dropEpentheticEu)
    {
        var key = new StringBuilder(text.Length);
        new KeyReader(text, key, dropEpentheticEu).ReadAll();
        return Collapse(key);
    }

    /// <summary>Doubled symbols count once: the builder is collapsed in place.</summary>
    private static string Collapse(StringBuilder key)
    {
        var length = 0;
        for (var i = 0; i < key.Length; i++)
        {
            if (length == 0 || key[length - 1] != key[i])
            {
                key[length++] = key[i];
            }
        }

        key.Length = length;
        return key.ToString();
    }
}
