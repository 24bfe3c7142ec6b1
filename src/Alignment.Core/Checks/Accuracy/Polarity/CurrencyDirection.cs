using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Accuracy.Polarity;

/// <summary>
/// Which way the Korean won went, in either language: 원화 약세 and "the won's weakness" are the won's fall, and so
/// is 환율 상승 (more won to the dollar), while "the won rose" and "the exchange rate fell" are its rise. A trend word
/// about another currency, or about the won in any other shape, says nothing sure and is left out.
/// </summary>
internal static partial class CurrencyDirection
{
    public const string Axis = "won";

    // 환율 상승, 환율이 9.8원 오른: a trend word a few characters after 환율, within its clause.
    private const int KoreanReach = 12;

    /// <summary>The won's direction a Korean trend word gives, or null when it is no word about the won.</summary>
    public static PolarityWord? Korean(string text, PolarityWord trend)
    {
        var from = Math.Max(0, trend.Start - KoreanReach);
        var before = text.AsSpan(from, trend.Start - from);
        var at = before.LastIndexOf("환율", StringComparison.Ordinal);
        return at >= 0 && before[at..].IndexOfAny(',', '.') < 0 ? trend with { Axis = Axis, Sign = -trend.Sign } : null;
    }

    /// <summary>The won's direction an English trend word gives ("the won fell", "the exchange rate rose"), or null.</summary>
    public static PolarityWord? English(string text, PolarityWord trend)
    {
        var from = Math.Max(0, trend.Start - 40);
        var before = text[from..trend.Start];
        return Won().IsMatch(before) ? trend with { Axis = Axis }
            : Rate().IsMatch(before) ? trend with { Axis = Axis, Sign = -trend.Sign }
            : null;
    }

    // "the won fell", "the Korean won rose 0.3 percent", "the won sharply weakened": the won, then at most two words.
    [GeneratedRegex(@"\b(?:the|Korean)\s+won(?:['’]s\s+value)?\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Won();

    [GeneratedRegex(@"\b(?:won-dollar\s+)?exchange\s+rate\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();
}
