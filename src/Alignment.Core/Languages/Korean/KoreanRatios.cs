using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// 2할6푼8리 (a batting average, .268), 3할 (three tenths): the traditional units of a ratio, a tenth, a hundredth and
/// a thousandth, read as one decimal so that the English ".268" meets it.
/// </summary>
internal static partial class KoreanRatios
{
    /// <summary>
    /// Adds each ratio of the text to <paramref name="result"/> and returns them; null when there is none, as nearly
    /// always (this runs for every sentence the aligner reads, so it allocates nothing then).
    /// </summary>
    public static List<NumberMention>? Read(string text, List<NumberMention> result)
    {
        if (!text.Contains('할'))
        {
            return null;
        }

        var ratios = new List<NumberMention>();
        foreach (Match m in Ratio().Matches(text))
        {
            var value = (Digit(m, "h") / 10m) + (Digit(m, "p") / 100m) + (Digit(m, "r") / 1000m);
            var mention = new NumberMention(value, m.Index, m.Index + m.Length, m.Value, NumberKind.Cardinal);
            ratios.Add(mention);
            result.Add(mention);
        }

        return ratios;
    }

    private static decimal Digit(Match m, string group) => m.Groups[group].Success ? m.Groups[group].ValueSpan[0] - '0' : 0;

    // 할인 (a discount) after a figure is not a ratio: 30%할인 has its %, but "20할인" is a typo worth leaving alone.
    [GeneratedRegex(@"(?<![\d.,])(?<h>\d)할(?!인)(?:\s?(?<p>\d)푼)?(?:\s?(?<r>\d)리)?")]
    private static partial Regex Ratio();
}
