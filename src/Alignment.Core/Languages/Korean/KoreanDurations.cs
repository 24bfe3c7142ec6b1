using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// 1시간 30분 (an hour and a half): English copy writes "a 90-minute meeting" as often as "an hour and 30 minutes"
/// or "one and a half hours", so the duration is read as its minutes, with the minutes as written and the hours as
/// alternates; 2년 6개월 likewise as 30 months, 6 or 2.5.
/// </summary>
internal static partial class KoreanDurations
{
    /// <summary>Adds each duration of the text to <paramref name="result"/> and returns them; null when there is none.</summary>
    public static List<NumberMention>? Read(string text, List<NumberMention> result)
    {
        List<NumberMention>? durations = null;
        if (AfterFigure(text, "시간"))
        {
            foreach (Match m in HoursAndMinutes().Matches(text))
            {
                (durations ??= []).Add(Two(m, 60));
            }
        }

        // 징역 2년 6개월: 30 months, or "two and a half years".
        if (AfterFigure(text, "개월"))
        {
            foreach (Match m in YearsAndMonths().Matches(text))
            {
                (durations ??= []).Add(Two(m, 12));
            }
        }

        // 1분44초51, 26초03: a race time in seconds, as English writes 1:44.51 and 26.03 seconds.
        if (text.Contains('초'))
        {
            foreach (Match m in RaceTime().Matches(text))
            {
                var seconds = decimal.Parse($"{m.Groups["s"].Value}.{m.Groups["f"].Value}", System.Globalization.CultureInfo.InvariantCulture);
                var minutes = m.Groups["m"].Success ? DigitParser.Parse(m.Groups["m"].ValueSpan) : 0;
                (durations ??= []).Add(new NumberMention((minutes * 60) + seconds, m.Index, m.Index + m.Length, m.Value) { Alternates = minutes > 0 ? [seconds] : [] });
            }
        }

        // 4년 반, 2시간 반: four and a half years, two and a half hours (or 150 minutes).
        if (text.Contains('반'))
        {
            foreach (Match m in AndAHalf().Matches(text))
            {
                var whole = DigitParser.Parse(m.Groups["n"].ValueSpan);
                var per = m.Groups["u"].Value switch { "년" => 12, "시간" => 60, _ => 0 };
                (durations ??= []).Add(new NumberMention(whole + 0.5m, m.Index, m.Index + m.Length, m.Value) { Alternates = per > 0 ? [(whole * per) + (per / 2)] : [] });
            }
        }

        if (durations is not null)
        {
            result.AddRange(durations);
        }

        return durations;
    }

    // A larger unit and a smaller one as one amount of the smaller (the minutes of 1시간 30분, the months of 2년
    // 6개월), with the smaller as written and the larger with its fraction (1.5, 2.5) as alternates.
    private static NumberMention Two(Match m, int per)
    {
        var (large, small) = (DigitParser.Parse(m.Groups["l"].ValueSpan), DigitParser.Parse(m.Groups["s"].ValueSpan));
        return new NumberMention((large * per) + small, m.Index, m.Index + m.Length, m.Value) { Alternates = [small, large + (small / per)] };
    }

    // 시간 and 개월 are ordinary words too: the regexes run only where a figure comes before one.
    private static bool AfterFigure(string text, string unit)
    {
        for (var at = text.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = text.IndexOf(unit, at + unit.Length, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsAsciiDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<l>\d{1,2})시간\s?(?<s>\d{1,2})분(?!의)")]
    private static partial Regex HoursAndMinutes();

    [GeneratedRegex(@"(?<![\d.,])(?:(?<m>\d{1,2})분\s?)?(?<s>\d{1,2})초(?<f>\d{1,3})(?!\d)")]
    private static partial Regex RaceTime();

    // 반 then what may follow a count (가량, 만에, 동안, a particle), not a word that starts with 반 (반대, 반도체).
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})(?<u>년|시간|개월|일)\s?반(?=$|[^가-힣]|가량|만|동안|간|째|여|정도|전|후|이|을|의|에|은|으로|까지)")]
    private static partial Regex AndAHalf();

    [GeneratedRegex(@"(?<![\d.,])(?<l>\d{1,2})년\s?(?<s>\d{1,2})개월")]
    private static partial Regex YearsAndMonths();
}
