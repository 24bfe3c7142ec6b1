using Alignment.Core.Findings;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// A relative period the English counts in another unit than the Korean: "last year" for 지난달 (last month),
/// "last month" for 지난해. Only where the Korean names the one unit and nothing of the other: a year of its own
/// (2024년), a comparison (전년 대비) or a month (10월) may be what the English words stand for.
/// </summary>
internal static partial class PeriodUnits
{
    public static IEnumerable<Finding> Apart(DocumentContext context, string id, int index, Alignment.Bead bead, List<NumberMention> source) =>
        UnitsApart(context, id, index, bead, source).Concat(MonthsApart(context, id, index, bead));

    // A month counted otherwise than the Korean counts it: "the 13th of this month" for 다음 달 13일. Words against
    // words, as for years: which month 13일 falls in needs no story date.
    private static IEnumerable<Finding> MonthsApart(DocumentContext context, string id, int index, Alignment.Bead bead)
    {
        var korean = bead.SourceIds.SelectMany(i => In(RelativeMonthWords.KoreanAny, context.Source.Text, context.Source.Sentences[i])).ToList();
        var english = korean.Count == 0 ? [] : bead.TargetIds.SelectMany(i => In(RelativeMonthWords.English, context.Target.Text, context.Target.Sentences[i])).ToList();
        var missing = korean.Where(k => !english.Exists(e => e.Offset == k.Offset)).ToList();
        return missing.Count == 0 ? [] : english.Where(e => !korean.Exists(k => k.Offset == e.Offset)).Select(wrong => Report(context, id, index, missing, korean, RelativeMonthWords.English, wrong, "contradicts the source")).ToList();
    }

    private static IEnumerable<Finding> UnitsApart(DocumentContext context, string id, int index, Alignment.Bead bead, List<NumberMention> source)
    {
        var (koreanText, englishText) = (context.Source.Text, context.Target.Text);
        var koreanMonths = bead.SourceIds.SelectMany(i => In(RelativeMonthWords.Korean, koreanText, context.Source.Sentences[i])).ToList();
        var koreanYears = bead.SourceIds.SelectMany(i => In(RelativeYears.Korean, koreanText, context.Source.Sentences[i])
            .Concat(In(RelativeYears.Comparisons, koreanText, context.Source.Sentences[i]))).ToList();
        if ((koreanMonths.Count == 0) == (koreanYears.Count == 0))
        {
            return [];
        }

        // The unit the Korean names, and the English phrases of the other unit that stand for nothing else.
        var (named, phrases, other, otherKind) = koreanMonths.Count > 0
            ? (koreanMonths, RelativeMonthWords.English, RelativeYears.English, NumberKind.Year)
            : (koreanYears, RelativeYears.English, RelativeMonthWords.English, NumberKind.Month);
        // A count of months (1달, 3개월) may be what an English month stands for.
        if (source.Any(m => m.Kind == otherKind) || (otherKind == NumberKind.Month && bead.SourceIds.Any(i => MonthCount().IsMatch(context.Source.Sentences[i].Text))))
        {
            return [];
        }

        var english = bead.TargetIds.SelectMany(i => In(other, englishText, context.Target.Sentences[i])).ToList();
        var kept = bead.TargetIds.SelectMany(i => In(phrases, englishText, context.Target.Sentences[i])).Any();
        return kept ? [] : english.Select(wrong => Report(context, id, index, named, named, phrases, wrong, "counts in another unit than the source")).ToList();
    }

    /// <summary>
    /// The finding for an English period the Korean does not name: <paramref name="missing"/> are the Korean's
    /// periods the English lacks (the first is shown, and the fix when it is the only one), <paramref name="listed"/>
    /// those the message names.
    /// </summary>
    public static Finding Report(DocumentContext context, string id, int index, List<(int Offset, int Start, int End, string Text)> missing, List<(int Offset, int Start, int End, string Text)> listed, RelativePhrases phrases, (int Offset, int Start, int End, string Text) wrong, string says)
    {
        var expected = missing.Count == 1 ? phrases.For(missing[0].Offset) : string.Empty;
        var sentence = context.TargetSentenceAt(wrong.Start);
        return context.NewFinding(index, id, Severity.Major, $"'{wrong.Text}' {says} ({string.Join(", ", listed.Select(k => k.Text))}).") with
        {
            SourceStart = missing[0].Start,
            SourceEnd = missing[0].End,
            TargetStart = wrong.Start,
            TargetEnd = wrong.End,
            Found = wrong.Text,
            Expected = expected,
            Suggestion = expected.Length == 0 || sentence is null ? string.Empty : DocumentContext.Replace(sentence, wrong.Start, wrong.End, expected),
        };
    }

    private static IEnumerable<(int Offset, int Start, int End, string Text)> In(RelativePhrases phrases, string text, Segmentation.Sentence sentence) =>
        phrases.In(text, sentence.Start, sentence.End);

    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s?(?:개월|달)|[한두세석네넉몇]\s?달(?!러)")]
    private static partial System.Text.RegularExpressions.Regex MonthCount();
}
