using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Accuracy.Polarity;

/// <summary>
/// The polarity words of a sentence in either language, each with its axis and sign, leaving out the negated
/// ones: "did not rise" and 하락하지 않았다 say nothing sure of the direction, so they are never compared.
/// </summary>
internal static partial class PolarityReader
{
    // How far back a negation is looked for: "failed to" and two words fit well inside it.
    private const int NegationReach = 60;

    private static readonly PolarityForms Korean = new("Korean/polarity.txt", english: false);
    private static readonly PolarityForms English = new("English/polarity.txt", english: true);

    /// <summary>How English names a sign of an axis ("a rise", "rejection"), from Korean/polarity.txt.</summary>
    public static string Gloss(string axis, int sign) => Korean.Glosses.GetValueOrDefault((axis, sign), axis);

    public static IEnumerable<PolarityWord> ReadKorean(string text, int offset) =>
        from f in Korean.Find(text)
        where !KoreanNegated(text, f.Match.Index, f.Match.Index + f.Match.Length)
        select new PolarityWord(f.Axis, f.Sign, offset + f.Match.Index, offset + f.Match.Index + f.Match.Length);

    public static IEnumerable<PolarityWord> ReadEnglish(string text, int offset) =>
        from f in English.Find(text)
        where !EnglishNegated().IsMatch(text.AsSpan(Math.Max(0, f.Match.Index - NegationReach), f.Match.Index - Math.Max(0, f.Match.Index - NegationReach)))
        select new PolarityWord(f.Axis, f.Sign, offset + f.Match.Index, offset + f.Match.Index + f.Match.Length);

    // 하락하지 않았다, 늘지 못했다, 반등에 실패했다, 안 올랐다.
    private static bool KoreanNegated(string text, int start, int end) =>
        KoreanNegationAfter().IsMatch(text.AsSpan(end)) || KoreanNegationBefore().IsMatch(text.AsSpan(0, start));

    [GeneratedRegex(@"^[가-힣]*?(?:지\s*(?:않|못|말)|[에을를]?\s*실패)")]
    private static partial Regex KoreanNegationAfter();

    [GeneratedRegex(@"(?:^|\s)(?:안|못)\s+$")]
    private static partial Regex KoreanNegationBefore();

    // not rise, didn't fall, never approved, failed to pass, no longer rising: up to two words between.
    [GeneratedRegex(@"\b(?:not|n[’']t|never|no|without|failed\s+to|fail\s+to|unlikely\s+to)\s+(?:[\w’'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegated();
}
