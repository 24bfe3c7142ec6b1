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
        var text = LatinText.Normalize(latin);
        var key = new StringBuilder(text.Length);
        var reader = new KeyReader(text, key, dropEpentheticEu);
        reader.ReadAll();
        return Collapse(key);
    }

    private static string Collapse(StringBuilder key)
    {
        var collapsed = new StringBuilder(key.Length);
        foreach (var symbol in key.ToString())
        {
            if (collapsed.Length == 0 || collapsed[^1] != symbol)
            {
                collapsed.Append(symbol);
            }
        }

        return collapsed.ToString();
    }
}
