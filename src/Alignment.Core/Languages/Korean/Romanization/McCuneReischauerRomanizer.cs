namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// McCune-Reischauer (1939), still the system of North Korean names and of older English usage
/// (평양 Pyongyang, 김정은 Kim Jong Un). By default it writes the loose form English text uses:
/// no breves (ŏ → o, ŭ → u) and no apostrophes (P'yŏngyang → Pyongyang).
/// Text that is not precomposed Hangul passes through unchanged.
/// </summary>
public sealed class McCuneReischauerRomanizer
{
    private static readonly RomanizationEngine Loose = new(McCuneSyllableRenderer.Loose, aspirateStopsBeforeH: false);
    private static readonly RomanizationEngine Strict = new(McCuneSyllableRenderer.Strict, aspirateStopsBeforeH: false);

    public static McCuneReischauerRomanizer Default { get; } = new();

    /// <param name="keepDiacritics">Keep breves and apostrophes, as in scholarly MR (P'yŏngyang, Han'guk).</param>
    public string Romanize(string hangul, RomanizationMode mode = RomanizationMode.Word, bool keepDiacritics = false) =>
        (keepDiacritics ? Strict : Loose).Romanize(hangul, mode);

    /// <summary>Strict MR with <paramref name="separator"/> between syllables: phonetic keys need the breves (ŭ may be epenthetic).</summary>
    internal string Romanize(string hangul, RomanizationMode mode, string separator) => Strict.Romanize(hangul, mode, separator);
}
