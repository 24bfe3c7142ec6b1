namespace Alignment.Core.Checks.Accuracy.Weekdays;

/// <summary>
/// An English weekday and the date it stands for: the Korean day it renders (12일 ↔ Saturday) with the month read
/// from the Korean or the story's date, or the English date beside it ("Thursday, March 13").
/// </summary>
/// <param name="YearShift">-1 for a December day in a January story, +1 for the other way round.</param>
/// <param name="Weekday">1 for Monday to 7 for Sunday.</param>
internal sealed record DatedWeekday(int Bead, int Month, int Day, int YearShift, int Weekday, int TargetStart, int TargetEnd, string Text, int SourceStart, int SourceEnd, string SourceText)
{
    /// <summary>Whether the date falls on the weekday when the story's year is <paramref name="year"/>.</summary>
    public bool HoldsIn(int year) => WeekdayIn(year) == Weekday;

    /// <summary>The weekday (1 for Monday) the date falls on in <paramref name="year"/>, or 0 when it has no such day.</summary>
    public int WeekdayIn(int year) => Day <= DateTime.DaysInMonth(year + YearShift, Month)
        ? ((int)new DateTime(year + YearShift, Month, Day).DayOfWeek + 6) % 7 + 1
        : 0;
}
