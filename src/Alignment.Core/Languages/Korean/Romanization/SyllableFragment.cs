namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// One Hangul syllable's part of a sound key, romanized alone: its key, its key without an epenthetic eu (트 teu → T,
/// 클 keul → KL) when it has one, and what decides whether the eu drops inside a word (a
/// syllable after it that starts with a consonant other than y, as the joined reading has it).
/// </summary>
internal sealed record SyllableFragment(string Plain, string? Dropped, bool EuBeforeFinal, bool StartsWithConsonant)
{
    public static SyllableFragment Of(string romanized)
    {
        var text = LatinText.Normalize(romanized);
        var plain = PhoneticKey.Of(text);
        var eu = text.IndexOf("eu", StringComparison.Ordinal);

        // Alone, a syllable's eu is at the end of the word: it drops after a consonant (트), and before a final (클)
        // it drops wherever the syllable stands.
        var dropped = eu > 0 ? PhoneticKey.Of(text, dropEpentheticEu: true) : null;
        return new SyllableFragment(
            plain,
            dropped == plain ? null : dropped,
            eu > 0 && eu + 2 < text.Length,
            text.Length > 0 && !LatinText.IsVowel(text[0]) && text[0] != 'y');
    }
}
