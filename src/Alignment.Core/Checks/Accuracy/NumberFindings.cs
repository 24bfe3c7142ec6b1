using Alignment.Core.Findings;
using Alignment.Core.Numbers;
using Alignment.Core.Numbers.Units;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>Turns the unmatched numbers of a bead into findings: a changed figure, a missing one, an extra one, or percent for percentage points.</summary>
internal static partial class NumberFindings
{
    private static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private static readonly string[] CardinalWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    public static IEnumerable<Finding> For(DocumentContext context, int bead, List<(NumberMention Source, NumberMention Target)> pairs, List<NumberMention> source, List<NumberMention> target, string id, Func<NumberMention, bool> inStory)
    {
        foreach (var (s, t) in pairs.Where(p => IsPercent(p.Source) && IsPercent(p.Target) && p.Source.Kind != p.Target.Kind))
        {
            var expected = NumberFormat.English(s.Value, s.Kind);
            yield return Make(context, bead, id, s, t, expected, $"'{s.Text}' is {(s.Kind == NumberKind.PercentagePoint ? "percentage points" : "a percentage")}, but the English says '{t.Text}'.");
        }

        var matchedSource = pairs.Select(p => p.Source).ToHashSet();
        var matchedTarget = pairs.Select(p => p.Target).ToHashSet();
        var targetText = string.Join(" ", context.Alignment.Beads[bead].TargetIds.Select(i => context.Target.Sentences[i].Text));
        var lostSource = source.Where(s => !s.Spelled && !s.IsDate && !matchedSource.Contains(s) && !IsImplicit(s, context.Source.Text, targetText) && !IsScore(context.Source.Text, s)
            && !QuarterMonths.NamesQuarter(context.Source.Text, s, targetText)).ToList();
        var extraTarget = target.Where(t => !t.Spelled && !t.IsDate && !matchedTarget.Contains(t) && !IsConversion(context.Target.Text, t) && !IsScore(context.Target.Text, t)).ToList();

        // The same length of time in another unit ("24 months" for 2년) is no changed figure.
        foreach (var (s, t) in NumberDurations.Same(context, [.. lostSource, .. source.Where(s => s.Spelled && !matchedSource.Contains(s))], target.Where(t => !matchedTarget.Contains(t)).ToList()))
        {
            lostSource.Remove(s);
            extraTarget.Remove(t);
        }

        // A factor is often translated as its result ("2배로 벌렸다": "a 6-point lead, up from 3"), so a factor is
        // taken for a changed figure only against an English factor ("4 times").
        var changed = Changed(lostSource, extraTarget, multiplier: false).Concat(Changed(lostSource, extraTarget, multiplier: true))
            .Concat(NumberOrdinals.Changed(context, bead, source, target, matchedSource, matchedTarget)).ToList();
        changed.AddRange(NumberDurations.Changed(context,
            [.. lostSource.Where(s => !changed.Exists(c => c.Source == s)), .. source.Where(s => s.Spelled && !matchedSource.Contains(s))],
            [.. target.Where(t => !matchedTarget.Contains(t) && !changed.Exists(c => c.Target == t))]));
        changed.AddRange(NumberSpelled.Changed(context,
            [.. lostSource.Where(s => !changed.Exists(c => c.Source == s)), .. source.Where(s => s.Spelled && !matchedSource.Contains(s) && !changed.Exists(c => c.Source == s))],
            [.. target.Where(t => !matchedTarget.Contains(t) && !changed.Exists(c => c.Target == t))]));
        lostSource.RemoveAll(s => changed.Any(c => c.Source == s));
        foreach (var (s, t) in changed)
        {
            // A number the English spells out is corrected in words: "the second", not "the 2nd"; "three months".
            // Past ten in words only where the English opens a sentence with it ("Fourteen bills"): news writes 14.
            var spelledUpTo = t.Kind == NumberKind.Ordinal || !char.IsUpper(t.Text[0]) ? 10 : CardinalWords.Length;
            var expected = !t.Spelled || s.Value < 1 || s.Value > spelledUpTo || s.Value != decimal.Truncate(s.Value) ? NumberFormat.Like(s.Value, s.Kind, t.Text)
                : DocumentContext.CasedLike(t.Kind == NumberKind.Ordinal ? OrdinalWords[(int)s.Value - 1] : CardinalWords[(int)s.Value - 1], t.Text)
                    + (t.Text.Equals("twice", StringComparison.OrdinalIgnoreCase) ? " times" : string.Empty);
            yield return Make(context, bead, id, s, t, expected, $"'{t.Text}' does not match '{s.Text}' in the source ({expected}).");
        }

        foreach (var s in lostSource.Where(s => !changed.Any(c => c.Source == s)))
        {
            var expected = NumberFormat.English(s.Value, s.Kind);
            // One-sided differences are often paraphrase ("the parties" for 6개국): worth a look, not an error.
            yield return context.NewFinding(bead, id, Severity.Minor, $"'{s.Text}' in the source ({expected}) is missing from the English.") with
            {
                SourceStart = s.Start,
                SourceEnd = s.End,
                Expected = expected,
            };
        }

        foreach (var t in extraTarget.Where(t => !changed.Any(c => c.Target == t)))
        {
            // A figure the Korean story gives nowhere, in any unit, is something the English added; but not beside a
            // factor or a percentage, from which a translation works out figures ("up from $20 billion" for 1.5배).
            var added = !source.Exists(s => s.Kind is NumberKind.Multiplier or NumberKind.Percent or NumberKind.PercentagePoint) && !inStory(t);
            yield return context.NewFinding(bead, id, added ? Severity.Major : Severity.Minor, added
                ? $"'{t.Text}' in the English has no counterpart in the source, nor anywhere in the source story: the English adds it."
                : $"'{t.Text}' in the English has no counterpart in the source.") with
            {
                TargetStart = t.Start,
                TargetEnd = t.End,
                Found = t.Text,
            };
        }
    }

    // The unmatched numbers of each side, in order, paired one for one within their class.
    private static IEnumerable<(NumberMention Source, NumberMention Target)> Changed(List<NumberMention> lost, List<NumberMention> extra, bool multiplier) =>
        lost.Where(s => (s.Kind == NumberKind.Multiplier) == multiplier).Zip(extra.Where(t => (t.Kind == NumberKind.Multiplier) == multiplier));

    private static Finding Make(DocumentContext context, int bead, string id, NumberMention s, NumberMention t, string expected, string message)
    {
        var sentence = context.TargetSentenceAt(t.Start);
        return context.NewFinding(bead, id, Severity.Major, message) with
        {
            SourceStart = s.Start,
            SourceEnd = s.End,
            TargetStart = t.Start,
            TargetEnd = t.End,
            Found = t.Text,
            Expected = expected,
            Suggestion = sentence is null ? string.Empty : DocumentContext.Replace(sentence, t.Start, t.End, expected),
        };
    }

    // 1년 전 is "a year ago"; 주요 7개국 is the G7: the number is there, in an article or in a name.
    private static bool IsImplicit(NumberMention s, string sourceText, string targetText)
    {
        if (s.Value == 1)
        {
            return OneCounters.Said(sourceText.AsSpan(s.Start), targetText);
        }

        // 26년 만의 우승: "its first title since 1999" names the time by where it starts.
        if (TimeSince().IsMatch(sourceText.AsSpan(s.End, Math.Min(6, sourceText.Length - s.End)).ToString()) && SinceWhen().IsMatch(targetText))
        {
            return true;
        }

        var digits = s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return System.Text.RegularExpressions.Regex.IsMatch(targetText, @"[A-Za-z]-?" + System.Text.RegularExpressions.Regex.Escape(digits) + @"(?!\d|[.,]\d)");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s?(?:년|개월|달|주|일)\s?만")]
    private static partial System.Text.RegularExpressions.Regex TimeSince();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsince\s+(?:the\s+|early\s+|late\s+|mid-?)?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial System.Text.RegularExpressions.Regex SinceWhen();

    // 6-3, 2-0: scores and results, whose digits the two languages group differently.
    private static bool IsScore(string text, NumberMention m) =>
        (m.End + 1 < text.Length && text[m.End] is '-' or ':' && char.IsDigit(text[m.End + 1]))
        || (m.Start > 1 && text[m.Start - 1] is '-' or ':' && char.IsDigit(text[m.Start - 2]));

    private static bool IsPercent(NumberMention m) => m.Kind is NumberKind.Percent or NumberKind.PercentagePoint;

    // "1.2 trillion won ($900 million)": a conversion added by the translator, not a number of the source.
    private static bool IsConversion(string text, NumberMention t)
    {
        var before = text.AsSpan(0, t.Start).TrimEnd();
        if (before.Length > 0 && "$£€¥₩".Contains(before[^1]))
        {
            before = before[..^1].TrimEnd();
        }

        return before.EndsWith("(") || before.EndsWith("(US") || before.EndsWith("(about") || before.EndsWith("(approx.");
    }
}
