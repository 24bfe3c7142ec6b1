using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// The quarters English names: "the third quarter", "Q3", "3Q", and as business copy often writes them, "the
/// July-September period". A Korean quarter's number (3분기) is not missing where the English names a quarter:
/// <see cref="PeriodCheck"/> tells whether it is the right one.
/// </summary>
internal static partial class QuarterMonths
{
    public static bool NamesQuarter(string source, NumberMention s, string target)
    {
        if (s.Value is < 1 or > 4 || !source.AsSpan(s.End).TrimStart().StartsWith("분기", StringComparison.Ordinal))
        {
            return false;
        }

        return In(target).Any();
    }

    /// <summary>The quarters the text names, with where the word or months that give the number stand.</summary>
    public static IEnumerable<(int Quarter, int Start, int End)> In(string text)
    {
        foreach (Match m in Words().Matches(text))
        {
            var number = m.Groups["n"];
            var quarter = number.Value.ToLowerInvariant() switch
            {
                "first" or "1st" or "1" => 1,
                "second" or "2nd" or "2" => 2,
                "third" or "3rd" or "3" => 3,
                _ => 4,
            };
            yield return (quarter, number.Index, number.Index + number.Length);
        }

        foreach (Match m in Range().Matches(text))
        {
            var first = m.Groups["first"].Value;
            var quarter = first.StartsWith("Jul", StringComparison.OrdinalIgnoreCase) ? 3 : char.ToLowerInvariant(first[0]) switch { 'j' => 1, 'a' => 2, 'o' => 4, _ => 0 };
            if (quarter > 0)
            {
                yield return (quarter, m.Index, m.Index + m.Length);
            }
        }
    }

    // January-March, April-June, July-September, October-December, with "to" or "through" for the dash.
    [GeneratedRegex(@"\b(?<first>Jan(?:uary)?|Apr(?:il)?|July?|Oct(?:ober)?)\.?\s?(?:-|–|to|through)\s?(?:Mar(?:ch)?|June?|Sept?(?:ember)?|Dec(?:ember)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    // "second-quarter", "the third quarter", "Q3", "3Q"; not "last quarter" (the one before) nor "a quarter of".
    [GeneratedRegex(@"\b(?<n>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter|\bQ(?<n>[1-4])\b|\b(?<n>[1-4])Q\b", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
