namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// Whether an English word may spell a Korean word of the sentence, read loosely: some stem of it, two syllables or
/// more (the word without its particles), near the English by the sound matcher. The bar is low, as loanwords are
/// read loosely (Adelaide for 아들레이드, 0.63): the clause checks use it only to find a clause rendered, and a clause
/// wrongly taken as rendered only makes them quieter.
/// </summary>
internal static class LooseSound
{
    private const double Bar = 0.6;

    public static bool Spells(string hangul, string latin) =>
        Enumerable.Range(2, hangul.Length - 1).Any(n => Languages.Korean.Romanization.RomanizationMatcher.Default.Similarity(hangul[..n], latin) >= Bar);
}
