using System.Text.RegularExpressions;
using Alignment.Core.Languages;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>The parts of the day each language names, read from its data file, and where a sentence names them.</summary>
internal static partial class DayParts
{
    public static IReadOnlyList<DayPart> Korean { get; } = Read("Korean/day-parts.txt");

    public static IReadOnlyDictionary<string, DayPart> English { get; } = Read("English/day-parts.txt").ToDictionary(p => p.Word, StringComparer.OrdinalIgnoreCase);

    private static readonly Regex KoreanWords = new($@"(?<![가-힣])(?<w>{string.Join('|', Korean.Select(p => p.Word))})(?<rest>[가-힣]*)", RegexOptions.Compiled);

    private static readonly Regex EnglishWords = new($@"\b(?:{string.Join('|', English.Keys.Select(Regex.Escape))})\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>The Korean parts of the day a sentence names: whole words, particles after them allowed, or phrases (날이 밝자).</summary>
    public static IEnumerable<DayPart> InKorean(string sentence, Languages.SpanPredicate isSuffix) =>
        KoreanWords.Matches(sentence).Where(m => m.Groups["w"].Value.Contains(' ') || isSuffix(m.Groups["rest"].ValueSpan)).Select(m => Korean.First(p => p.Word == m.Groups["w"].Value));

    /// <summary>The English parts of the day a sentence names, but a capitalised word inside it (Morning Calm).</summary>
    public static IEnumerable<(DayPart Part, int Start, int End)> InEnglish(string sentence) =>
        EnglishWords.Matches(sentence).Where(m => m.Index == 0 || char.IsLower(m.Value[0]))
            .Select(m => (English[m.Value], m.Index, m.Index + m.Length));

    /// <summary>Whether the sentence sets its clock by a time zone (현지시간, local time): the part of the day may move.</summary>
    public static bool NamesTimeZone(string text) => TimeZone().IsMatch(text);

    [GeneratedRegex(@"시간\s?기준|현지\s?시간|한국\s?시간|미국\s?시간|동부\s?시간|\blocal time\b|\b(?:Korea|Seoul|Eastern|Pacific|U\.S\.) time\b|\b(?:ET|EST|EDT|PT|PST|PDT|GMT|UTC|KST)\b")]
    private static partial Regex TimeZone();

    private static List<DayPart> Read(string file) =>
        DataFile.ReadLines(file).Select(line => line.Split('|', StringSplitOptions.TrimEntries)).Select(f =>
            f.Length == 3 ? new DayPart(f[0], f[1], f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet())
                : new DayPart(f[0], f[0], f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet())).ToList();
}
