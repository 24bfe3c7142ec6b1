using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// 후반 31분: Korean football copy counts minutes from the start of each half, English copy from kick-off ("the 76th
/// minute"). The mention holds the minute of the match and, as its alternate, the minute of the half, so either
/// English way of writing it meets it: 전반 N분 is N, 후반 45 + N, 연장 전반 90 + N, 연장 후반 105 + N.
/// </summary>
internal static partial class KoreanMatchMinutes
{
    /// <summary>Adds each match minute of the text to <paramref name="result"/> and returns them; null when there is none.</summary>
    public static List<NumberMention>? Read(string text, List<NumberMention> result)
    {
        // Most sentences have no half: the regex runs only where one is named.
        if (!text.Contains("전반", StringComparison.Ordinal) && !text.Contains("후반", StringComparison.Ordinal))
        {
            return null;
        }

        List<NumberMention>? minutes = null;
        foreach (Match m in Minute().Matches(text))
        {
            var minute = DigitParser.Parse(m.Groups["n"].ValueSpan);
            var extra = m.Groups["extra"].Success;
            var offset = (extra ? 90 : 0) + (m.Groups["half"].Value == "후반" ? (extra ? 15 : 45) : 0);
            var n = m.Groups["n"];
            var mention = new NumberMention(offset + minute, n.Index, m.Index + m.Length, text[n.Index..(m.Index + m.Length)], NumberKind.Ordinal) { Alternates = offset == 0 ? [] : [minute] };
            (minutes ??= []).Add(mention);
        }

        if (minutes is not null)
        {
            result.AddRange(minutes);
        }

        return minutes;
    }

    [GeneratedRegex(@"(?<extra>연장\s?)?(?<half>전반|후반)\s?(?<n>\d{1,2})분(?!의)")]
    private static partial Regex Minute();
}
