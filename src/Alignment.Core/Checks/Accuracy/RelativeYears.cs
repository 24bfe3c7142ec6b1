namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// Years named by their distance from the story's (내년, 지난해; next year, last year), which a translation must keep
/// whatever year the story was filed in: 내년 6월 30일 is never "June 30 this year".
/// </summary>
internal static class RelativeYears
{
    /// <summary>The Korean's relative years.</summary>
    public static RelativePhrases Korean { get; } = new("Korean/relative-years.txt", @"(?<![가-힣])(?:{0})(?=보다|[은는도의에부까와과엔]|[^가-힣]|$)");

    /// <summary>
    /// The years the Korean compares with (1년 전보다, 전년 대비): no year of the story's own, but an English "a year
    /// earlier" there translates them.
    /// </summary>
    public static RelativePhrases Comparisons { get; } = new("Korean/year-comparisons.txt", @"(?<![가-힣\d])(?:{0})(?=보다|[은는도의에와과]|[^가-힣]|$)");

    /// <summary>The English's relative years.</summary>
    public static RelativePhrases English { get; } = new("English/relative-years.txt", @"\b(?:{0})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
