using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>Reads what a Korean number counts from the unit glued after it (and, for clock times, the words around it).</summary>
internal static partial class KoreanNumberKinds
{
    public static (NumberKind Kind, int End, decimal Value, bool HalfDayKnown) Classify(string text, int start, int end, decimal value, bool hasBigUnit)
    {
        var rest = text.AsSpan(end);

        // A range "24~26일" takes its unit from the second number.
        var unitAt = end;
        var range = RangeTail().Match(text, end);
        if (range.Success)
        {
            unitAt = range.Index + range.Length;
            rest = text.AsSpan(unitAt);
        }

        var isInteger = value == decimal.Truncate(value) && !hasBigUnit;
        int Stop(int unitLength) => range.Success ? end : end + unitLength;
        if (rest.StartsWith("%포인트") || rest.StartsWith("％포인트") || rest.StartsWith("%p") || rest.StartsWith("%P"))
        {
            return (NumberKind.PercentagePoint, Stop(rest.StartsWith("%p") || rest.StartsWith("%P") ? 2 : 4), value, true);
        }

        // 25bp 인상: basis points, a hundredth of a percentage point each.
        if (rest.StartsWith("bp", StringComparison.OrdinalIgnoreCase) && (rest.Length == 2 || !char.IsAsciiLetter(rest[2]) || rest[2] is 's' or 'S'))
        {
            return (NumberKind.PercentagePoint, Stop(rest.Length > 2 && rest[2] is 's' or 'S' ? 3 : 2), value / 100m, true);
        }

        if (rest.StartsWith("%") || rest.StartsWith("％"))
        {
            return (NumberKind.Percent, Stop(1), value, true);
        }

        if (rest.StartsWith("퍼센트"))
        {
            return (NumberKind.Percent, Stop(3), value, true);
        }

        if (rest.StartsWith("배") && !rest.StartsWith("배럴"))
        {
            return (NumberKind.Multiplier, Stop(1), value, true);
        }

        if (isInteger && rest.StartsWith("년") && value is >= 1900 and <= 2100)
        {
            return (NumberKind.Year, Stop(1), value, true);
        }

        if (isInteger && rest.StartsWith("월") && value is >= 1 and <= 12 && !rest.StartsWith("월간"))
        {
            return (NumberKind.Month, Stop(1), value, true);
        }

        if (isInteger && rest.StartsWith("일") && value is >= 1 and <= 31 && !DayDuration().IsMatch(text, unitAt + 1 > text.Length ? text.Length : unitAt + 1))
        {
            return (NumberKind.Day, Stop(1), value, true);
        }

        if (isInteger && rest.StartsWith("시") && value <= 24 && !rest.StartsWith("시간"))
        {
            var (timeKind, timeEnd, minutes, known) = Time(text, start, end, value);
            return (timeKind, timeEnd, minutes, known);
        }

        if (isInteger && (rest.StartsWith("차") || rest.StartsWith("번째") || rest.StartsWith("위")) || (start > 0 && text[start - 1] == '제'))
        {
            return (NumberKind.Ordinal, end, value, true);
        }

        return (NumberKind.Cardinal, end, value, true);
    }

    // 오후 3시 30분 → 15:30 as minutes after midnight; without 오전/오후 the hour is kept as written.
    private static (NumberKind, int, decimal, bool) Time(string text, int start, int end, decimal hour)
    {
        var minutes = 0m;
        var stop = end + 1;
        var tail = Minutes().Match(text, stop);
        if (tail.Success)
        {
            minutes = decimal.Parse(tail.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            stop = tail.Index + tail.Length;
        }

        var before = text.AsSpan(Math.Max(0, start - 4), start - Math.Max(0, start - 4)).Trim();
        var afternoon = before.EndsWith("오후") || before.EndsWith("저녁") || before.EndsWith("밤");
        var morning = before.EndsWith("오전") || before.EndsWith("새벽") || before.EndsWith("아침");
        if (afternoon && hour < 12)
        {
            hour += 12;
        }

        return (NumberKind.Time, stop, (hour * 60) + minutes, afternoon || morning || hour > 12);
    }

    [GeneratedRegex(@"\G\s?[~∼\-–]\s?\d{1,4}")]
    private static partial Regex RangeTail();

    [GeneratedRegex(@"\G\s?(?:간|동안|째|만에|치|연속)")]
    private static partial Regex DayDuration();

    [GeneratedRegex(@"\G\s?(?<m>\d{1,2})분")]
    private static partial Regex Minutes();
}
