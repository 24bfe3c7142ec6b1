namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// Months named by their distance from the story's, standing alone (지난달 집중호우, last month's downpours), unlike
/// <see cref="RelativeMonths"/>, which reads them before a day as a date.
/// </summary>
internal static class RelativeMonthWords
{
    public static RelativePhrases Korean { get; } = new("Korean/relative-month-words.txt", @"(?<![가-힣])(?:{0})(?!\s*\d)");

    /// <summary>The same words, before a day too (다음 달 13일, the 13th of next month).</summary>
    public static RelativePhrases KoreanAny { get; } = new("Korean/relative-month-words.txt", @"(?<![가-힣])(?:{0})");

    public static RelativePhrases English { get; } = new("English/relative-months.txt", @"\b(?:{0})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
