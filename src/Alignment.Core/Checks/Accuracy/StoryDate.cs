using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// The month and day a story was filed, from the English dateline ("SEOUL, Sept. 12 (Yonhap) --") when the Korean
/// lead names that day or one of the three before it (12일, 10일): Korean copy gives only the day and counts months
/// from it (지난달 3일).
/// </summary>
internal sealed partial record StoryDate(int Month, int Day)
{
    // Datelines sit at the top; a story's own text is not searched for dates that look like one.
    private const int Head = 1_000;

    // A lead reports what happened that day or a few days before (10일(현지시간) under an April 11 dateline); a day
    // after the dateline's, or long before it, is another month's or the dateline is not the story's.
    private const int MostDaysBefore = 3;

    public static StoryDate? Find(DocumentContext context)
    {
        var date = Dateline(context);
        if (date is null)
        {
            return null;
        }

        var source = context.Source.Text;
        var lead = context.SourceProfile.Numbers.Read(source[..Math.Min(source.Length, Head)]);
        return lead.Any(m => m.Kind == NumberKind.Day && m.Value <= date.Day && m.Value >= date.Day - MostDaysBefore) ? date : null;
    }

    /// <summary>
    /// The English dateline's month and day whatever the Korean lead says: enough to tell which month a bare day
    /// (12일) is in, not to count months from (지난달 3일), where a dateline of another day would shift them all.
    /// </summary>
    public static StoryDate? Dateline(DocumentContext context)
    {
        var target = context.Target.Text;
        var match = Dateline().Match(target[..Math.Min(target.Length, Head)]);
        if (!match.Success)
        {
            return null;
        }

        var read = context.TargetProfile.Numbers.Read(match.Groups["date"].Value);
        var month = read.FirstOrDefault(m => m.Kind == NumberKind.Month);
        var day = read.FirstOrDefault(m => m.Kind == NumberKind.Day);
        if (month is null || day is null)
        {
            return null;
        }

        return new StoryDate((int)month.Value, (int)day.Value);
    }

    /// <summary>The month <paramref name="offset"/> months from the story's, wrapping round the year.</summary>
    public int MonthFrom(int offset) => ((Month - 1 + offset) % 12 + 12) % 12 + 1;

    [GeneratedRegex(@"^[ \t]*[A-Z][A-Za-z .'\-]{1,30}, (?<date>[A-Z][a-z]{2,8}\.? \d{1,2}),? \(", RegexOptions.Multiline)]
    private static partial Regex Dateline();
}
