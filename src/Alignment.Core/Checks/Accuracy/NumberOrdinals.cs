using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>Ordinals and counts in a row left unmatched on both sides of a bead: the order of things changed.</summary>
internal static partial class NumberOrdinals
{
    // One ordinal on each side left unmatched, spelled or not ("the first" for 두 번째, "third" for 제2차): the
    // order of things changed. Not an English quarter or half (PeriodCheck compares those) nor "first time" beside
    // another Korean ordinal, and only one of each, since two could be paired either way.
    public static IEnumerable<(NumberMention Source, NumberMention Target)> Changed(DocumentContext context, int bead, List<NumberMention> source, List<NumberMention> target, HashSet<NumberMention> matchedSource, HashSet<NumberMention> matchedTarget)
    {
        var english = target.Where(t => t.Kind == NumberKind.Ordinal && !matchedTarget.Contains(t) && t.Value is >= 1 and <= 10 && !NamesPeriod(context.Target.Text, t.End)
            && !(t.Value == 1 && FirstSince(context.Target.Text, t.End))).ToList();
        // 1위 is said by "topped" or "led" as often as by "first".
        var targetText = string.Join(" ", english.Count == 0 ? [] : context.Alignment.Beads[bead].TargetIds.Select(i => context.Target.Sentences[i].Text));
        var korean = source.Where(s => (s.Kind == NumberKind.Ordinal || (s.Kind == NumberKind.Cardinal && InARow(context.Source.Text, s)))
            && !matchedSource.Contains(s) && s.Value is >= 1 and <= 10
            && !(s.Value == 1 && context.Source.Text.AsSpan(s.End).TrimStart(' ').StartsWith('위') && TopPlace().IsMatch(targetText))).ToList();
        // Two written in figures are already compared as figures.
        return korean.Count == 1 && english.Count == 1 && korean[0].Value != english[0].Value && (korean[0].Spelled || english[0].Spelled) ? [(korean[0], english[0])] : [];
    }

    // 7주 연속, 3년 연속, 5개월째: a count of periods in a row, which English gives as an ordinal ("the seventh
    // straight week") as often as a count.
    // A native numeral holds its counter already (세 차례 연속, 사흘 연속).
    private static bool InARow(string text, NumberMention s) =>
        System.Text.RegularExpressions.Regex.IsMatch(text.AsSpan(s.End, Math.Min(8, text.Length - s.End)).ToString(), s.Spelled && s.Text.Length > 1
            ? @"^\s?(?:(?:주|년|개월|달|분기|회|번|차례|경기|시즌|일)?\s?연속|째)" : @"^\s?(?:주|년|개월|달|분기|회|번|차례|경기|시즌|거래일|영업일|대회|라운드|일)(?:\s?연속|째)");

    // "Its first title since 1999", "the first rise in three months": Korean counts the time since (26년 만), and
    // the English "first" answers no Korean ordinal.
    private static bool FirstSince(string text, int end) =>
        System.Text.RegularExpressions.Regex.IsMatch(text.AsSpan(end, Math.Min(60, text.Length - end)).ToString(),
            @"^(?:\s+[\w-]+){0,3}?\s+(?:since|in\s+(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?|decades?))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool NamesPeriod(string text, int end) =>
        System.Text.RegularExpressions.Regex.IsMatch(text.AsSpan(end, Math.Min(12, text.Length - end)).ToString(), @"^[\s-]+(?:quarter|half)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:tops?|topped|topping|led|leads?|leading|No\.\s?1|number one|first place|first spot)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TopPlace();
}
