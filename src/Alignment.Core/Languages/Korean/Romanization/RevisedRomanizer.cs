namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// The Revised Romanization of Korean (2000), the official system in South Korea and the one
/// Korean news agencies use for places and most names (국민 gungmin, 신라 silla, 종로 jongno).
/// Text that is not precomposed Hangul passes through unchanged.
/// </summary>
public sealed class RevisedRomanizer
{
    private readonly RomanizationEngine engine;

    /// <param name="aspirateStopsBeforeH">
    /// Write ㄱ ㄷ ㅂ ㅈ + ㅎ as one aspirate (잡혀 japyeo). RR keeps them apart in nouns (묵호 Mukho,
    /// 집현전 Jiphyeonjeon), and news text is mostly nouns, so the default is off.
    /// </param>
    public RevisedRomanizer(bool aspirateStopsBeforeH = false)
    {
        engine = new RomanizationEngine(RevisedSyllableRenderer.Instance, aspirateStopsBeforeH);
    }

    public static RevisedRomanizer Default { get; } = new();

    public string Romanize(string hangul, RomanizationMode mode = RomanizationMode.Word) => engine.Romanize(hangul, mode);

    /// <summary>As <see cref="Romanize"/>, with <paramref name="separator"/> between the syllables of each word.</summary>
    internal string Romanize(string hangul, RomanizationMode mode, string separator) => engine.Romanize(hangul, mode, separator);
}
