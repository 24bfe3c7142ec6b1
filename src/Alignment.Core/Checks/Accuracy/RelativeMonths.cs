using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// The months Korean names by distance before a day or a span of days (지난달 29일, 지난달 20∼21일, 이달 3일, 내달
/// 5일, 지난 3일, 오는 20일), read
/// against the story's date, as month mentions spanning the words that name them.
/// </summary>
internal static partial class RelativeMonths
{
    private static readonly Dictionary<string, int> Offsets = Languages.DataFile.ReadLines("Korean/relative-months.txt")
        .Select(l => (Word: l[..l.LastIndexOf(' ')], Offset: int.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
        .ToDictionary(e => e.Word, e => e.Offset, StringComparer.Ordinal);

    private static readonly Regex Pattern = new(
        $@"(?<![가-힣])(?<word>{string.Join('|', Offsets.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))}|지난|오는)[ \t]*(?<day>\d{{1,2}})(?:[ \t]*[∼~〜\-–·,][ \t]*\d{{1,2}})?일",
        RegexOptions.CultureInvariant);

    public static IEnumerable<NumberMention> In(string text, int offset, StoryDate date)
    {
        text = DigitParser.Fold(text);
        foreach (Match m in Pattern.Matches(text))
        {
            var word = m.Groups["word"];
            var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = word.Value switch
            {
                // The nearest such day before the story's date, or after it.
                "지난" => date.MonthFrom(day <= date.Day ? 0 : -1),
                "오는" => date.MonthFrom(day >= date.Day ? 0 : 1),
                _ => date.MonthFrom(Offsets[word.Value]),
            };

            yield return new NumberMention(month, offset + word.Index, offset + word.Index + word.Length, word.Value, NumberKind.Month);
        }
    }
}
