using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// 2024.10.24: a date written with full stops, read as its year, month and day (as 2024년 10월 24일 is), not as the
/// decimal 2024.10 and a stray 24. Only the three-part form: 2005.10 alone may as well be an index value.
/// </summary>
internal static partial class KoreanDottedDates
{
    /// <summary>Adds the parts of each dotted date to <paramref name="result"/> and returns them; null when there is none.</summary>
    public static List<NumberMention>? Read(string text, List<NumberMention> result)
    {
        if (text.IndexOf('.') < 0)
        {
            return null;
        }

        List<NumberMention>? dates = null;
        foreach (Match m in FullDate().Matches(text))
        {
            dates ??= [];
            dates.Add(Part(m.Groups["y"], NumberKind.Year, spelled: false));
            dates.Add(Part(m.Groups["m"], NumberKind.Month, spelled: true));
            dates.Add(Part(m.Groups["d"], NumberKind.Day, spelled: true));
        }

        if (dates is not null)
        {
            result.AddRange(dates);
        }

        return dates;
    }

    // Month and day as the middle-dot dates of KoreanNamedNumbers are: English names the month ("Oct.").
    private static NumberMention Part(Group g, NumberKind kind, bool spelled) =>
        new(DigitParser.Parse(g.ValueSpan), g.Index, g.Index + g.Length, g.Value, kind, Spelled: spelled);

    [GeneratedRegex(@"(?<![\d.,])(?<y>(?:19|20)\d\d)\.\s?(?<m>1[0-2]|0?[1-9])\.\s?(?<d>3[01]|[12]\d|0?[1-9])(?![\d,%]|\.\d)")]
    private static partial Regex FullDate();
}
