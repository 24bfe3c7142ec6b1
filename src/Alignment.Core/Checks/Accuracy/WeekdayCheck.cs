using Alignment.Core.Checks.Accuracy.Weekdays;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.date: an English weekday that the story's other dated weekdays rule out ("Saturday" for 13일 where 11일
/// is Friday and 12일 Saturday). The year is rarely written, so the story's own weekdays are the calendar: with three
/// or more, the one no fitting year allows is reported (major); two that no year allows together are reported on
/// the later one (minor: either may be the wrong one).
/// </summary>
public sealed class WeekdayCheck : ICheck
{
    private static readonly string[] Names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public string Id => "accuracy.date";

    public string Description => "A weekday in the English does not fit the story's other dates.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var dated = DatedWeekdays.In(context, StoryDate.Dateline(context)).DistinctBy(d => (d.TargetStart, d.SourceStart)).ToList();
        if (dated.Count == 2 && StoryCalendar.Clash(dated[0], dated[1]))
        {
            // A weekday the Korean writes itself (화요일인 2일) is the calendar; otherwise either may be the wrong one.
            var source = dated.Find(d => d.TargetStart < 0);
            var english = dated.Where(d => d.TargetStart >= 0).ToList();
            if (source is not null && english.Count == 1 && StoryCalendar.WeekdayBeside(source, english[0]) is var day and > 0)
            {
                yield return Report(context, english[0], Severity.Major, Names[day - 1],
                    $"'{english[0].Text}' does not fall on {Date(english[0])}: the source makes {Date(source)} a {Names[source.Weekday - 1]}, so it is a {Names[day - 1]}.");
            }
            else if (english.Count == 2)
            {
                yield return Report(context, english[1], Severity.Minor, expected: null,
                    $"'{english[1].Text}' for {Date(english[1])} and '{english[0].Text}' for {Date(english[0])} cannot both be right: no year has both.");
            }

            yield break;
        }

        foreach (var (wrong, expected) in StoryCalendar.Outliers(dated).Where(o => o.Wrong.TargetStart >= 0))
        {
            var others = string.Join(", ", dated.Where(d => d != wrong).Select(d => $"{Date(d)} {Names[d.Weekday - 1]}"));
            yield return Report(context, wrong, Severity.Major, Names[expected - 1],
                $"'{wrong.Text}' does not fall on {Date(wrong)} by the story's other dates ({others}): it is a {Names[expected - 1]}.");
        }
    }

    private static Finding Report(DocumentContext context, DatedWeekday d, Severity severity, string? expected, string message)
    {
        var sentence = context.TargetSentenceAt(d.TargetStart);
        return context.NewFinding(d.Bead, "accuracy.date", severity, message) with
        {
            SourceStart = d.SourceStart >= 0 ? d.SourceStart : null,
            SourceEnd = d.SourceStart >= 0 ? d.SourceEnd : null,
            TargetStart = d.TargetStart,
            TargetEnd = d.TargetEnd,
            Found = d.Text,
            Expected = expected ?? string.Empty,
            Suggestion = expected is null || sentence is null ? string.Empty : DocumentContext.Replace(sentence, d.TargetStart, d.TargetEnd, expected),
        };
    }

    private static string Date(DatedWeekday d) =>
        d.SourceText.Length > 0 ? d.SourceText : $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)} {d.Day}";
}
