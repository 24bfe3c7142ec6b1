using System.Globalization;
using Alignment.Core.Findings;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.date: day of month, month, year, weekday and clock time that contradict the source (17일 ↔ the 18th;
/// 오후 3시 30분 ↔ 3:30 a.m.). Only contradictions count: English desks often turn 17일 into a weekday or drop a
/// month the Korean implies, and neither is an error.
/// </summary>
public sealed partial class DateCheck : ICheck
{
    private static readonly NumberKind[] Kinds = [NumberKind.Year, NumberKind.Month, NumberKind.Day, NumberKind.Weekday, NumberKind.Time];

    public string Id => "accuracy.date";

    public string Description => "A date or time in the English contradicts the source.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var story = StoryDate.Find(context);
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var source = bead.SourceIds.SelectMany(i => Mentions(context.SourceProfile, context.Source.Sentences[i], story)).ToList();
            var target = bead.TargetIds.SelectMany(i => Mentions(context.TargetProfile, context.Target.Sentences[i], story: null)).ToList();
            foreach (var month in MissingMonths(context, bead, source, target))
            {
                yield return context.NewFinding(index, Id, Severity.Minor, $"'{month.Text}' ({Format(NumberKind.Month, month.Value)}) is not in the English.") with
                {
                    SourceStart = month.Start,
                    SourceEnd = month.End,
                    Expected = Format(NumberKind.Month, month.Value),
                };
            }

            foreach (var finding in YearsApart(context, index, bead).Concat(PeriodUnits.Apart(context, Id, index, bead, source)))
            {
                yield return finding;
            }

            foreach (var kind in Kinds)
            {
                var s = source.Where(m => m.Kind == kind).ToList();
                var t = target.Where(m => m.Kind == kind).ToList();
                if (s.Count == 0 || t.Count == 0)
                {
                    continue;
                }

                // A contradiction replaces a source value; an extra weekday beside the right date only adds information.
                var missing = s.Where(y => !t.Any(x => Same(kind, y, x.Value))).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                foreach (var wrong in t.Where(x => !s.Any(y => Same(kind, y, x.Value))))
                {
                    var expected = missing.Count == 1 ? Format(kind, missing[0].Value) : string.Empty;
                    var sentence = context.TargetSentenceAt(wrong.Start);
                    yield return context.NewFinding(index, Id, Severity.Major, $"'{wrong.Text}' contradicts the source ({string.Join(", ", s.Select(y => y.Text))}).") with
                    {
                        SourceStart = missing.Count == 1 ? missing[0].Start : s[0].Start,
                        SourceEnd = missing.Count == 1 ? missing[0].End : s[0].End,
                        TargetStart = wrong.Start,
                        TargetEnd = wrong.End,
                        Found = wrong.Text,
                        Expected = expected,
                        Suggestion = expected.Length == 0 || sentence is null || kind is NumberKind.Day or NumberKind.Time ? string.Empty : DocumentContext.Replace(sentence, wrong.Start, wrong.End, expected),
                    };
                }
            }
        }
    }

    // A year the English counts from the story's other than the Korean does: "this year" for 내년. Only the words
    // are compared; whether 2026 is next year depends on when the story was filed, which the text rarely says.
    private IEnumerable<Finding> YearsApart(DocumentContext context, int index, Alignment.Bead bead)
    {
        var korean = bead.SourceIds.SelectMany(i => RelativeYears.Korean.In(context.Source.Text, context.Source.Sentences[i].Start, context.Source.Sentences[i].End)).ToList();
        var english = korean.Count == 0 ? [] : bead.TargetIds.SelectMany(i => RelativeYears.English.In(context.Target.Text, context.Target.Sentences[i].Start, context.Target.Sentences[i].End)).ToList();
        var missing = korean.Where(k => !english.Exists(e => e.Offset == k.Offset)).ToList();
        var compared = missing.Count == 0 ? [] : bead.SourceIds.SelectMany(i => RelativeYears.Comparisons.In(context.Source.Text, context.Source.Sentences[i].Start, context.Source.Sentences[i].End)).Select(c => c.Offset).ToHashSet();
        foreach (var wrong in missing.Count == 0 ? [] : english.Where(e => !korean.Exists(k => k.Offset == e.Offset) && !compared.Contains(e.Offset)))
        {
            yield return PeriodUnits.Report(context, Id, index, missing, korean, RelativeYears.English, wrong, "contradicts the source");
        }
    }

    // A month the Korean names on its own (11월 개봉, 2004년 2월), not as part of a date (9월 12일, 7월 마지막
    // 토요일) or a quarter's span (3분기(7∼9월)), when the English names no month at all: on 800 clean pairs of real
    // news every such month was translated, so a missing one is most likely a dropped clause. An English "month"
    // beyond the Korean's own (다음 달, 3개월) may stand for it: 2005년 10월 부임한 is "took the post two months ago".
    private static IEnumerable<NumberMention> MissingMonths(DocumentContext context, Alignment.Bead bead, List<NumberMention> source, List<NumberMention> target)
    {
        if (target.Any(m => m.Kind == NumberKind.Month))
        {
            return [];
        }

        var text = context.Source.Text;
        var english = string.Concat(bead.TargetIds.Select(i => context.Target.Sentences[i].Text));
        var korean = string.Concat(bead.SourceIds.Select(i => context.Source.Sentences[i].Text));
        if (EnglishRelativeMonth().Count(english) > KoreanRelativeMonth().Count(korean))
        {
            return [];
        }

        return source.Where(m => m.Kind == NumberKind.Month && !m.Spelled && m.Text.EndsWith('월')
            && !source.Any(d => d.Kind is NumberKind.Day or NumberKind.Weekday && d.Start >= m.End && d.Start <= m.End + 8)
            && !(m.Start > 0 && text[m.Start - 1] is '∼' or '~' or '〜' or '-' or '–')
            && !Quarter(text.AsSpan(Math.Max(0, m.Start - 6), Math.Min(6, m.Start))));
    }

    private static bool Quarter(ReadOnlySpan<char> before) => before.Contains("분기", StringComparison.Ordinal) || before.Contains("반기", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bmonths?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EnglishRelativeMonth();

    [System.Text.RegularExpressions.GeneratedRegex(@"지난\s?달|이번\s?달|이달|다음\s?달|내달|매달|개월|[한두세석네넉몇]\s?달(?!러)")]
    private static partial System.Text.RegularExpressions.Regex KoreanRelativeMonth();

    // Korean without 오전/오후 leaves the half of the day open: 3시 is 3:00 or 15:00.
    private static bool Same(NumberKind kind, NumberMention source, decimal target) =>
        source.Value == target || (kind == NumberKind.Time && !source.HalfDayKnown && source.Value % 720 == target % 720);

    private static string Format(NumberKind kind, decimal value) => kind switch
    {
        NumberKind.Month => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName((int)value),
        NumberKind.Weekday => ((DayOfWeek)((int)value % 7)).ToString(),
        NumberKind.Day => NumberFormat.English(value, NumberKind.Ordinal),
        NumberKind.Time => $"{(int)value / 60}:{(int)value % 60:00}",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // The source's months named by distance (지난달 29일) count once the story's own date is known.
    private static IEnumerable<NumberMention> Mentions(Languages.ILanguageProfile profile, Segmentation.Sentence sentence, StoryDate? story) =>
        profile.Numbers.Read(sentence.Text)
            .Where(m => m.IsDate)
            .Select(m => m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start })
            .Concat(story is null ? [] : RelativeMonths.In(sentence.Text, sentence.Start, story));
}
