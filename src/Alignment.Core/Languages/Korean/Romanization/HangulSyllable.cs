namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// A precomposed Hangul syllable split into jamo indices in Unicode order:
/// <see cref="Initial"/> 0..18 (ㄱ..ㅎ), <see cref="Medial"/> 0..20 (ㅏ..ㅣ),
/// <see cref="Final"/> 0..27 where 0 means no final consonant.
/// </summary>
public readonly record struct HangulSyllable(int Initial, int Medial, int Final)
{
    public bool HasFinal => Final != 0;

    /// <summary>The initial ㅇ is silent, so the syllable starts with its vowel.</summary>
    public bool StartsWithVowel => Initial == Hangul.SilentInitial;

    public char ToChar() => Hangul.Compose(this);
}
