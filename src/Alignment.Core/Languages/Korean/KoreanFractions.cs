using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>3분의 2, 4분의 1: a fraction, read as one share ("two-thirds", "a quarter") rather than two numbers.</summary>
internal static partial class KoreanFractions
{
    /// <summary>Adds each fraction of the text to <paramref name="result"/> and returns them; null when there is none.</summary>
    public static List<NumberMention>? Read(string text, List<NumberMention> result)
    {
        if (!text.Contains("분의", StringComparison.Ordinal))
        {
            return null;
        }

        var fractions = new List<NumberMention>();
        foreach (Match m in Fraction().Matches(text))
        {
            var (denominator, numerator) = (DigitParser.Parse(m.Groups["d"].ValueSpan), DigitParser.Parse(m.Groups["n"].ValueSpan));
            if (denominator > 0 && numerator < denominator)
            {
                var mention = Fractions.Mention(numerator, denominator, m.Index, m.Index + m.Length, m.Value);
                fractions.Add(mention);
                result.Add(mention);
            }
        }

        return fractions;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<d>\d{1,2})\s?분의\s?(?<n>\d{1,2})(?![\d.,])")]
    private static partial Regex Fraction();
}
