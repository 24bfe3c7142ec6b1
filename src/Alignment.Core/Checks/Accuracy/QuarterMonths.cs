using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// 3분기 (the third quarter) as English business copy often writes it: "the July-September period". The quarter's
/// number is then given by its months, not missing.
/// </summary>
internal static partial class QuarterMonths
{
    public static bool NamesQuarter(string source, NumberMention s, string target)
    {
        if (s.Value is < 1 or > 4 || !source.AsSpan(s.End).TrimStart().StartsWith("분기", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (Match m in Range().Matches(target))
        {
            var first = char.ToLowerInvariant(m.Groups["first"].Value[0]);
            var quarter = first switch { 'j' => 1, 'a' => 2, 'o' => 4, _ => 0 };
            if (m.Groups["first"].Value.StartsWith("Jul", StringComparison.OrdinalIgnoreCase))
            {
                quarter = 3;
            }

            if (quarter == s.Value)
            {
                return true;
            }
        }

        return false;
    }

    // January-March, April-June, July-September, October-December, with "to" or "through" for the dash.
    [GeneratedRegex(@"\b(?<first>Jan(?:uary)?|Apr(?:il)?|July?|Oct(?:ober)?)\.?\s?(?:-|–|to|through)\s?(?:Mar(?:ch)?|June?|Sept?(?:ember)?|Dec(?:ember)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
