using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.English;

/// <summary>English numbers as values: "$41.2 billion", "10,000", "2.75 percent", "31st".</summary>
public sealed partial class EnglishNumberReader : INumberReader
{
    public IReadOnlyList<NumberMention> Read(string text)
    {
        var result = new List<NumberMention>();
        foreach (Match m in Number().Matches(text))
        {
            var value = DigitParser.Parse(m.Groups["n"].ValueSpan);
            value *= m.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "thousand" => 1_000m,
                "million" => 1_000_000m,
                "billion" => 1_000_000_000m,
                "trillion" => 1_000_000_000_000m,
                _ => 1m,
            };
            result.Add(new NumberMention(value, m.Index, m.Index + m.Length, m.Value));
        }

        return result;
    }

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?:[ \-](?<scale>thousand|million|billion|trillion)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
