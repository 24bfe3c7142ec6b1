using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.English;

/// <summary>Reads what an English number counts from its suffix and the words around it.</summary>
internal static partial class EnglishNumberKinds
{
    public static NumberMention Classify(string text, Match m)
    {
        var value = Numbers.DigitParser.Parse(m.Groups["n"].ValueSpan);
        value *= Scale(m.Groups["scale"].Value, IsMoney(text, m.Index));
        if (!m.Groups["scale"].Success && RangeScale().Match(text, m.Index + m.Length) is { Success: true } range
            && value < Numbers.DigitParser.Parse(range.Groups["n"].ValueSpan))
        {
            // "between 200 and 300 million euros", "$2-3 billion": the first figure of a rising range takes the
            // second one's scale ("in 2020 and 1.5 million" is no range).
            value *= Scale(range.Groups["scale"].Value, money: false);
        }
        var start = m.Index;
        var end = m.Index + m.Length;
        var after = text.AsSpan(end);
        var percentPoint = PercentagePoint().Match(text, end);
        if (percentPoint.Success)
        {
            return new(value, start, percentPoint.Index + percentPoint.Length, text[start..(percentPoint.Index + percentPoint.Length)], NumberKind.PercentagePoint);
        }

        // A basis point is a hundredth of a percentage point: "4.2 basis points" for 0.042%포인트.
        var basisPoints = BasisPoints().Match(text, end);
        if (basisPoints.Success)
        {
            return new(value / 100m, start, basisPoints.Index + basisPoints.Length, text[start..(basisPoints.Index + basisPoints.Length)], NumberKind.PercentagePoint);
        }

        var percent = Percent().Match(text, end);
        if (percent.Success)
        {
            return new(value, start, percent.Index + percent.Length, text[start..(percent.Index + percent.Length)], NumberKind.Percent);
        }

        if (Times().IsMatch(text, end))
        {
            return new(value, start, end, m.Value, NumberKind.Multiplier);
        }

        var plain = !m.Groups["scale"].Success && !m.Groups["n"].Value.Contains(',') && !m.Groups["n"].Value.Contains('.');
        var monthBefore = MonthBefore().IsMatch(Before(text, start));
        var monthAfter = MonthAfter().IsMatch(text, end);
        if (plain && value is >= 1 and <= 31 && (monthBefore || monthAfter || (m.Groups["ord"].Success && IsDayOrdinal(text, start, after))))
        {
            return new(value, start, end, m.Value, NumberKind.Day);
        }

        if (m.Groups["ord"].Success)
        {
            return new(value, start, end, m.Value, NumberKind.Ordinal);
        }

        var currency = start > 0 && text[start - 1] is '$' or '€' or '£' or '₩';
        if (plain && !currency && m.Groups["n"].Length == 4 && value is >= 1900 and <= 2100)
        {
            return new(value, start, end, m.Value, NumberKind.Year);
        }

        return new(value, start, end, m.Value, NumberKind.Cardinal);
    }

    // The words just before a number ("Sept. 30 - "), not the whole text before it: a month name further back
    // does not date this number, and matching the whole prefix for every number costs time quadratic in its length.
    private static ReadOnlySpan<char> Before(string text, int start)
    {
        var from = Math.Max(0, start - 32);
        while (from > 0 && from < start && char.IsLetter(text[from - 1]))
        {
            from++;
        }

        return text.AsSpan(from, start - from);
    }

    private static decimal Scale(string word, bool money) => word.ToLowerInvariant() switch
    {
        "thousand" => 1_000m,
        "million" or "mn" or "mln" => 1_000_000m,
        "m" when money => 1_000_000m,
        "k" when money => 1_000m,
        "billion" or "bn" or "bln" => 1_000_000_000m,
        "trillion" or "tn" or "tln" or "trln" => 1_000_000_000_000m,
        _ => 1m,
    };

    private static bool IsMoney(string text, int start) => start > 0 && text[start - 1] is '$' or '€' or '£' or '₩';

    // "on the 31st", "the 1st (local time)", "the 31st of last month" are days; "the 1st meeting", "on the 14th floor"
    // and "the 11th of the season" are ordinals.
    private static bool IsDayOrdinal(string text, int start, ReadOnlySpan<char> after)
    {
        var before = text.AsSpan(0, start).TrimEnd('’').TrimEnd('\'').TrimEnd();
        if (!before.EndsWith("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = after.TrimStart();
        if (OrdinalNouns.Contains(FirstWord(next)))
        {
            return false;
        }

        if (before.EndsWith("on the", StringComparison.OrdinalIgnoreCase) || before.EndsWith("since the", StringComparison.OrdinalIgnoreCase) || before.EndsWith("until the", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return next.IsEmpty || !char.IsLetter(next[0]) || (next.StartsWith("of ") && OfMonth().IsMatch(next[3..])) || next.StartsWith("and ") || next.StartsWith("to ");
    }

    // The nouns an ordinal counts (the 14th floor, the 3rd round): English/ordinal-nouns.txt.
    private static readonly HashSet<string> OrdinalNouns = new(DataFile.ReadLines("English/ordinal-nouns.txt"), StringComparer.OrdinalIgnoreCase);

    private static string FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end].ToString();
    }

    // "the 31st of last month", "the 3rd of March" are days; "the 11th of the season" is the eleventh typhoon.
    [GeneratedRegex(@"^(?:(?:last|this|next|the|that)\s+month\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")]
    private static partial Regex OfMonth();

    [GeneratedRegex(@"\G\s*(?:-|–|to|and)\s*[$€£]?(?<n>\d[\d.,]*)\s*(?<scale>thousand|million|billion|trillion|bn|mn|tn|mln|bln|tln|trln)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeScale();

    [GeneratedRegex(@"\G[\s\-]?(?:times|fold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Times();

    [GeneratedRegex(@"\G\s?(?:percentage\s+points?|%\s?points?|percent\s+points?)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentagePoint();

    [GeneratedRegex(@"\G[\s\-]?(?:basis[\s\-]+points?\b|bps?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BasisPoints();

    [GeneratedRegex(@"\G\s?(?:%|percent\b|per\s+cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s*[-–~]\s*)?$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"\G(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex MonthAfter();
}
