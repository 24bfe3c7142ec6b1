using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// Korean numbers with their units: 1만 = 10,000; 412억 = 41,200,000,000; 3조 2천억 = 3.2 trillion
/// (groups joined while each big unit is smaller than the last).
/// </summary>
public sealed partial class KoreanNumberReader : INumberReader
{
    public IReadOnlyList<NumberMention> Read(string text)
    {
        var result = new List<NumberMention>();
        var groups = Group().Matches(text);
        var i = 0;
        while (i < groups.Count)
        {
            var first = groups[i];
            var value = GroupValue(first);
            var bigUnit = BigUnit(first);
            var end = first.Index + first.Length;
            var j = i + 1;
            while (j < groups.Count && bigUnit > 1 && IsGap(text, end, groups[j].Index) && BigUnit(groups[j]) < bigUnit)
            {
                value += GroupValue(groups[j]);
                bigUnit = BigUnit(groups[j]);
                end = groups[j].Index + groups[j].Length;
                j++;
            }

            result.Add(new NumberMention(value, first.Index, end, text[first.Index..end]));
            i = j;
        }

        return result;
    }

    private static bool IsGap(string text, int from, int to) => to - from <= 1 && (to == from || text[from] == ' ');

    private static decimal GroupValue(Match m)
    {
        var value = DigitParser.Parse(m.Groups["n"].ValueSpan);
        value *= m.Groups["s"].Value switch { "천" => 1_000m, "백" => 100m, "십" => 10m, _ => 1m };
        return value * BigUnit(m);
    }

    private static decimal BigUnit(Match m) => m.Groups["b"].Value switch
    {
        "조" => 1_000_000_000_000m,
        "억" => 100_000_000m,
        "만" => 10_000m,
        _ => 1m,
    };

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<s>천|[백십](?=[조억만]))?(?<b>[조억만])?")]
    private static partial Regex Group();
}
