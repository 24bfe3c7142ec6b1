using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// Years named by their distance from the story's (내년, 지난해; next year, last year), which a translation must keep
/// whatever year the story was filed in: 내년 6월 30일 is never "June 30 this year".
/// </summary>
internal static class RelativeYears
{
    private static readonly Regex Korean = Pattern("Korean/relative-years.txt", @"(?<![가-힣])(?:{0})(?=보다|[은는도의에부까와과엔]|[^가-힣]|$)", RegexOptions.None);

    private static readonly Regex Comparisons = Pattern("Korean/year-comparisons.txt", @"(?<![가-힣\d])(?:{0})(?=보다|[은는도의에와과]|[^가-힣]|$)", RegexOptions.None);

    private static readonly Dictionary<string, int> ComparisonOffsets = Read("Korean/year-comparisons.txt").ToDictionary(e => e.Words, e => e.Offset, StringComparer.Ordinal);

    private static readonly Regex English = Pattern("English/relative-years.txt", @"\b(?:{0})\b", RegexOptions.IgnoreCase);

    private static readonly Dictionary<string, int> Offsets = Read("Korean/relative-years.txt").Concat(Read("English/relative-years.txt"))
        .ToDictionary(e => e.Words, e => e.Offset, StringComparer.OrdinalIgnoreCase);

    /// <summary>The Korean's relative years in [start, end) of the text, as (offset, start, end, words).</summary>
    public static IEnumerable<(int Offset, int Start, int End, string Text)> InKorean(string text, int start, int end) => Find(Korean, text, start, end);

    /// <summary>The years the Korean compares with in [start, end) of the text (1년 전보다, 전년 대비): no year of the
    /// story's own, but an English "a year earlier" there translates them.</summary>
    public static IEnumerable<int> ComparedInKorean(string text, int start, int end)
    {
        for (var m = Comparisons.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            yield return ComparisonOffsets[Normalise(m.Value)];
        }
    }

    /// <summary>The English's relative years in [start, end) of the text.</summary>
    public static IEnumerable<(int Offset, int Start, int End, string Text)> InEnglish(string text, int start, int end) => Find(English, text, start, end);

    private static IEnumerable<(int Offset, int Start, int End, string Text)> Find(Regex pattern, string text, int start, int end)
    {
        for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            yield return (Offsets[Normalise(m.Value)], m.Index, m.Index + m.Length, m.Value);
        }
    }

    /// <summary>The English words for a year this far from the story's: "next year" for 1.</summary>
    public static string EnglishFor(int offset) => EnglishWords.FirstOrDefault(e => e.Offset == offset).Words ?? string.Empty;

    // Read once: a finding should not reread a data file.
    private static readonly List<(string Words, int Offset)> EnglishWords = [.. Read("English/relative-years.txt")];

    private static string Normalise(string words) => Regex.Replace(words, @"\s+", " ");

    private static Regex Pattern(string file, string shape, RegexOptions options) =>
        new(string.Format(CultureInfo.InvariantCulture, shape, string.Join('|', Read(file).Select(e => e.Words).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)))), options | RegexOptions.CultureInvariant);

    private static IEnumerable<(string Words, int Offset)> Read(string file) =>
        Languages.DataFile.ReadLines(file).Select(l => (l[..l.LastIndexOf(' ')], int.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)));
}
