using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy.Weekdays;

/// <summary>
/// The English weekdays of a story whose dates are known: a weekday beside an English date ("Thursday, March 13"),
/// or one that renders a Korean day the English does not write as a date (12일 ↔ "on Saturday"), paired in order
/// when a bead holds as many such days as such weekdays.
/// </summary>
internal static class DatedWeekdays
{
    // How far a date may sit from its weekday ("Thursday, March 13", "March 13 (Thursday)").
    private const int Beside = 3;

    // A bare day more than this past the story's is last month's (28일 in a story of the 3rd).
    private const int MostDaysAhead = 10;

    public static List<DatedWeekday> In(DocumentContext context, StoryDate? story)
    {
        var dated = new List<DatedWeekday>();
        var anchor = RelativeDays.Anchor(context, story);
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var korean = bead.SourceIds.SelectMany(i => Read(context.SourceProfile, context.Source.Sentences[i])).ToList();
            var english = bead.TargetIds.SelectMany(i => Read(context.TargetProfile, context.Target.Sentences[i])).ToList();
            var weekdays = english.Where(m => m.Kind == NumberKind.Weekday).ToList();
            if (weekdays.Count == 0)
            {
                continue;
            }

            var free = new List<NumberMention>();
            foreach (var weekday in weekdays)
            {
                if (EnglishDate(english, weekday) is { } date)
                {
                    var shift = story is null ? 0 : Shift(story.Month, date.Month);
                    dated.Add(new(index, date.Month, date.Day, shift, (int)weekday.Value, weekday.Start, weekday.End, weekday.Text, -1, -1, string.Empty));
                }
                else
                {
                    free.Add(weekday);
                }
            }

            // Korean days the English writes as dates are not what its weekdays stand for, nor a day in a span
            // (3∼5일). A day the Korean gives its weekday (화요일인 2일, 13일(목)) is the source's own calendar: it
            // counts, and the English weekday that repeats it is compared by the date check.
            var written = english.Where(m => m.Kind == NumberKind.Day).Select(m => m.Value).ToList();
            var days = new List<(NumberMention Day, int Month, int Start)>();
            foreach (var day in korean.Where(m => m.Kind == NumberKind.Day && !m.Spelled).OrderBy(m => m.Start))
            {
                var word = korean.FirstOrDefault(m => m.Kind == NumberKind.Month && m.End <= day.Start && m.End >= day.Start - 2);
                var month = (int?)word?.Value;
                if (month is null && story is not null)
                {
                    month = story.MonthFrom(day.Value > story.Day + MostDaysAhead ? -1 : 0);
                }

                var own = KoreanWeekday(context.Source.Text, korean, day);
                if (own > 0)
                {
                    free.Remove(free.FirstOrDefault(w => w.Value == own)!);
                    if (month is { } m && day.Value is >= 1 and <= 31)
                    {
                        dated.Add(new(index, m, (int)day.Value, story is null ? 0 : Shift(story.Month, m), own, -1, -1, string.Empty, day.Start, day.End, day.Text));
                    }

                    continue;
                }

                if (written.Remove(day.Value) || InSpan(context.Source.Text, day))
                {
                    continue;
                }

                if (month is { } known && day.Value is >= 1 and <= 31)
                {
                    days.Add((day, known, word?.Start ?? day.Start));
                }
            }

            // A relative day (전날, 이튿날) with no day of its own beside it and one weekday dates that weekday.
            if (free.Count == 1 && days.Count == 0 && anchor is { } lead && RelativeDays.Find(context, bead.SourceIds, lead) is { } relative)
            {
                var (weekday, day) = (free[0], relative.Day);
                var word = context.Source.Text[relative.Start..relative.End];
                dated.Add(new(index, lead.Month, day, 0, (int)weekday.Value, weekday.Start, weekday.End, weekday.Text, relative.Start, relative.End, $"{word} ({day}일)"));
                continue;
            }

            // Which weekday renders which day is certain only when the bead has one of each.
            if (days.Count != 1 || free.Count != 1)
            {
                continue;
            }

            foreach (var ((day, month, start), weekday) in days.Zip(free))
            {
                var shift = story is null ? 0 : Shift(story.Month, month);
                dated.Add(new(index, month, (int)day.Value, shift, (int)weekday.Value, weekday.Start, weekday.End, weekday.Text, start, day.End, context.Source.Text[start..day.End]));
            }
        }

        return dated;
    }

    private static IEnumerable<NumberMention> Read(Languages.ILanguageProfile profile, Segmentation.Sentence sentence) =>
        profile.Numbers.Read(sentence.Text).Where(m => m.IsDate).Select(m => m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start });

    // The English month and day right after or right before a weekday.
    private static (int Month, int Day)? EnglishDate(List<NumberMention> english, NumberMention weekday)
    {
        var after = english.FirstOrDefault(m => m.Kind == NumberKind.Month && m.Start >= weekday.End && m.Start <= weekday.End + Beside);
        var afterDay = after is null ? null : english.FirstOrDefault(m => m.Kind == NumberKind.Day && m.Start >= after.End && m.Start <= after.End + Beside);
        if (after is not null && afterDay is not null)
        {
            return ((int)after.Value, (int)afterDay.Value);
        }

        var beforeDay = english.FirstOrDefault(m => m.Kind == NumberKind.Day && m.End <= weekday.Start && m.End >= weekday.Start - Beside);
        var before = beforeDay is null ? null : english.FirstOrDefault(m => m.Kind == NumberKind.Month && m.End <= beforeDay.Start && m.End >= beforeDay.Start - Beside);
        return before is not null && beforeDay is not null ? ((int)before.Value, (int)beforeDay.Value) : null;
    }

    // The weekday the Korean gives a day (화요일인 2일, 2일 화요일, 13일(목)), 1 for Monday; 0 when none.
    private static int KoreanWeekday(string text, List<NumberMention> korean, NumberMention day)
    {
        if (day.End + 2 < text.Length && text[day.End] == '(' && text[day.End + 2] == ')' && "월화수목금토일".IndexOf(text[day.End + 1], StringComparison.Ordinal) is var i and >= 0)
        {
            return i + 1;
        }

        var named = korean.FirstOrDefault(m => m.Kind == NumberKind.Weekday
            && ((m.End <= day.Start && m.End >= day.Start - 3) || (m.Start >= day.End && m.Start <= day.End + 1)));
        return named is null ? 0 : (int)named.Value;
    }

    private static int Shift(int storyMonth, int month) => month - storyMonth > 6 ? -1 : storyMonth - month > 6 ? 1 : 0;

    private static bool InSpan(string text, NumberMention day) =>
        (day.Start > 0 && text[day.Start - 1] is '∼' or '~' or '〜' or '-' or '–') || (day.End < text.Length && text[day.End] is '∼' or '~' or '〜' or '-' or '–');
}
