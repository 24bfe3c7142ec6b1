using System.Text.RegularExpressions;
using Alignment.Core.Numbers;
using Alignment.Core.Text;

namespace Alignment.Core.Checks.Accuracy.Weekdays;

/// <summary>
/// Korean days told from the lead's: 이날 is the day the lead reports, 전날 the one before. A sentence that names
/// only one of them and no day of its own, rendered with one weekday, dates that weekday: "since Tuesday" for
/// 전날부터 in a story whose lead day is a Thursday is a day off. 이튿날 and 다음날 follow the day told last.
/// </summary>
internal static partial class RelativeDays
{
    // The lead's day sits in its first sentences; a day further in belongs to what the story goes on to tell.
    private const int Lead = 400;

    /// <summary>The day the lead reports: its first Korean day that the English dateline's day allows, or null.</summary>
    public static (int Month, int Day)? Anchor(DocumentContext context, StoryDate? story)
    {
        if (story is null)
        {
            return null;
        }

        var text = context.Source.Text;
        var lead = context.SourceProfile.Numbers.Read(text[..Math.Min(text.Length, Lead)]);
        var day = lead.FirstOrDefault(m => m.Kind == NumberKind.Day && !m.Spelled);
        return day is not null && day.Value <= story.Day && day.Value >= story.Day - 3 ? (story.Month, (int)day.Value) : null;
    }

    /// <summary>
    /// The day a bead's Korean tells by a relative word alone, with the word's span, or null: 이날 and 전날 from the
    /// lead's day, 이튿날 and 다음날 from the last day the story told before the bead (the lead's when it told none).
    /// </summary>
    public static (int Day, int Start, int End)? Find(DocumentContext context, IReadOnlyList<int> sourceIds, (int Month, int Day) lead)
    {
        var found = new List<(int Day, int Start, int End)>();
        foreach (var sentence in sourceIds.Select(i => context.Source.Sentences[i]))
        {
            foreach (Match m in Relative().Matches(sentence.Text))
            {
                if (m.Value == "전날" && EveOf(sentence.Text, m.Index))
                {
                    continue;
                }

                var day = m.Value switch
                {
                    "이날" => lead.Day,
                    "전날" => lead.Day - 1,
                    _ => LastToldDay(context, context.Source.Sentences[sourceIds[0]].Start, lead) + 1 ?? 0,
                };
                found.Add((day, sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
            }
        }

        // A day past the month's end (이튿날 of the 30th of June) is next month's: left alone.
        return found.Select(f => f.Day).Distinct().Count() == 1 && found[0].Day >= 1 && found[0].Day <= DateTime.DaysInMonth(2001, lead.Month) ? found[0] : null;
    }

    // The last day the Korean wrote before a point, the lead's day when none: 이튿날 follows the day just told. Null
    // when that day may be another month's (지난달 28일, 3월 5일, or a day well past the lead's).
    private static int? LastToldDay(DocumentContext context, int before, (int Month, int Day) lead)
    {
        var text = context.Source.Text;
        var told = context.SourceProfile.Numbers.Read(text[..before]).LastOrDefault(m => m.Kind == NumberKind.Day && !m.Spelled);
        if (told is null)
        {
            return lead.Day;
        }

        var ahead = text.AsSpan(Math.Max(0, told.Start - 6), told.Start - Math.Max(0, told.Start - 6));
        return told.Value > lead.Day + 10 || ahead.Contains('달') || ahead.Contains('월') ? null : (int)told.Value;
    }

    // The eve of something named right before it (선거 전날, 회의 전날) is counted from that, not from the lead: the
    // word before is a bare noun. After a particle or an ending (지역에 전날부터, 밝혔다. 전날) it is the lead's eve.
    private static bool EveOf(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        return before.Length > 0 && before.Length < at && before[^1] is var last && Scripts.IsHangulSyllable(last)
            && !"에는은이가도서고며다과와를을로".Contains(last, StringComparison.Ordinal);
    }

    // Not 어린이날 (a holiday) nor 전날인 17일 (the day is written).
    [GeneratedRegex(@"(?<![가-힣])(?:이날|전날|이튿날|다음날)(?!인)")]
    private static partial Regex Relative();
}
