using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// 1시간 30분 (an hour and a half): English copy writes "a 90-minute meeting" as often as "an hour and 30 minutes",
/// so the duration is read as its minutes, with the minutes as written as the alternate.
/// </summary>
internal static partial class KoreanDurations
{
    /// <summary>Adds each duration of the text to <paramref name="result"/> and returns them; null when there is none.</summary>
    public static List<NumberMention>? Read(string text, List<NumberMention> result)
    {
        // 시간 is an ordinary word too: the regex runs only where a figure comes before it.
        var at = text.IndexOf("시간", StringComparison.Ordinal);
        while (at > 0 && !char.IsAsciiDigit(text[at - 1]))
        {
            at = text.IndexOf("시간", at + 2, StringComparison.Ordinal);
        }

        if (at <= 0)
        {
            return null;
        }

        List<NumberMention>? durations = null;
        foreach (Match m in HoursAndMinutes().Matches(text))
        {
            var (hours, minutes) = (DigitParser.Parse(m.Groups["h"].ValueSpan), DigitParser.Parse(m.Groups["m"].ValueSpan));
            (durations ??= []).Add(new NumberMention((hours * 60) + minutes, m.Index, m.Index + m.Length, m.Value) { Alternate = minutes });
        }

        if (durations is not null)
        {
            result.AddRange(durations);
        }

        return durations;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<h>\d{1,2})시간\s?(?<m>\d{1,2})분(?!의)")]
    private static partial Regex HoursAndMinutes();
}
