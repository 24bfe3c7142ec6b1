namespace Alignment.Core.Checks.Accuracy.Weekdays;

/// <summary>
/// Which of a story's dated weekdays disagree with the others. The year is rarely written, so no weekday can be
/// checked alone; but dates of one story fall in one year, and a year whose calendar fits all but one of them
/// shows which one is wrong (12일 Saturday, 11일 Friday and 13일 Saturday: the third).
/// </summary>
internal static class StoryCalendar
{
    // Any 28 consecutive years hold every calendar a year can have (between 1901 and 2099).
    private const int FirstYear = 2000;
    private const int Cycle = 28;

    /// <summary>
    /// The weekdays that no best-fitting year allows, with the weekday that year gives their date, when every best
    /// year agrees on them and they are fewer than the weekdays it allows; otherwise none.
    /// </summary>
    public static IReadOnlyList<(DatedWeekday Wrong, int Expected)> Outliers(IReadOnlyList<DatedWeekday> dated)
    {
        if (dated.Count < 3)
        {
            return [];
        }

        var fits = Enumerable.Range(FirstYear, Cycle).Select(y => (Year: y, Held: dated.Count(d => d.HoldsIn(y)))).ToList();
        var best = fits.Max(f => f.Held);
        if (best == dated.Count || best * 2 <= dated.Count)
        {
            return [];
        }

        var years = fits.Where(f => f.Held == best).Select(f => f.Year).ToList();
        var wrong = dated.Where(d => !d.HoldsIn(years[0])).ToList();
        if (years.Exists(y => !wrong.SequenceEqual(dated.Where(d => !d.HoldsIn(y)))))
        {
            return [];
        }

        // Every best year gives a wrong date the same weekday: the right ones pin the calendar down to the day.
        return wrong.Where(w => years.All(y => w.WeekdayIn(y) == w.WeekdayIn(years[0])) && w.WeekdayIn(years[0]) > 0)
            .Select(w => (w, w.WeekdayIn(years[0]))).ToList();
    }

    /// <summary>Two dated weekdays that no year allows together (12일 Saturday, 13일 Saturday).</summary>
    public static bool Clash(DatedWeekday first, DatedWeekday second) =>
        !Enumerable.Range(FirstYear, Cycle).Any(y => first.HoldsIn(y) && second.HoldsIn(y));

    /// <summary>The weekday <paramref name="other"/>'s date falls on in the years where <paramref name="known"/> holds, or 0.</summary>
    public static int WeekdayBeside(DatedWeekday known, DatedWeekday other)
    {
        var days = Enumerable.Range(FirstYear, Cycle).Where(known.HoldsIn).Select(other.WeekdayIn).Distinct().ToList();
        return days.Count == 1 ? days[0] : 0;
    }
}
