using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// Numbers that are part of a name: a month and day naming an event (6·25 전쟁 is the Korean War, 3·1절
/// Independence Movement Day, 6.15 공동선언 the June 15 declaration) and a count that is part of a name (6자회담,
/// the six-party talks; 제8호 태풍, a typhoon English calls by its name alone). English often gives the name without the number, so each is read as a spelled number is:
/// it confirms a match when the English writes it and is never reported missing. The date keeps its month and day,
/// so "June 15" meets it; 1·2위 and 3·4분기 are lists of numbers before a counter and are left to the reader.
/// </summary>
internal sealed partial class KoreanNamedNumbers(IReadOnlyList<string> eventNouns, ILookup<char, string> countedNames, SpanPredicate? isSuffix)
{
    private static readonly Lazy<(IReadOnlyList<string> Events, ILookup<char, string> Counted)> Data = new(() =>
        (DataFile.ReadLines("Korean/event-nouns.txt"),
         DataFile.ReadLines("Korean/counted-names.txt").Select(l => l.Split('\t', 2)).ToLookup(p => p[0][0], p => p[1].Trim())));

    public static KoreanNamedNumbers Create(SpanPredicate? isSuffix) => new(Data.Value.Events, Data.Value.Counted, isSuffix);

    /// <summary>Adds the named numbers of the text to <paramref name="result"/> and returns them; null when there is none.</summary>
    public List<NumberMention>? Read(string text, List<NumberMention> result)
    {
        // This runs for every sentence the aligner reads: the regexes only where their joint can be.
        List<NumberMention>? named = null;
        var joints = Joints(text);
        foreach (var m in (joints & Joint.Date) != 0 ? MonthDay().Matches(text) : Enumerable.Empty<Match>())
        {
            var (separator, word) = (m.Groups["sep"].ValueSpan[0], m.Groups["word"]);
            var spaced = m.Groups["space"].Length > 0;

            // With a middle dot a date name may be followed by anything but a counter: 6·25 전쟁, 9·11로, 3·1절.
            // With a full stop it is a decimal unless an event follows: 6.15 공동선언 but 6.15달러.
            var isEvent = StartsWithAny(word.ValueSpan, eventNouns);
            var isName = isEvent || (separator != '.' && (spaced || word.Length == 0 || (isSuffix is not null && isSuffix(word.ValueSpan))));
            if (!isName)
            {
                continue;
            }

            named ??= [];
            var (month, day) = (m.Groups["m"], m.Groups["d"]);
            named.Add(new NumberMention(DigitParser.Parse(month.ValueSpan), month.Index, month.Index + month.Length, month.Value, NumberKind.Month, Spelled: true));
            named.Add(new NumberMention(DigitParser.Parse(day.ValueSpan), day.Index, day.Index + day.Length, day.Value, NumberKind.Day, Spelled: true));
            if (separator == '.')
            {
                // English copy keeps the dotted form too ("the 9.11 attacks").
                var end = day.Index + day.Length;
                named.Add(new NumberMention(DigitParser.Parse(text.AsSpan(m.Index, end - m.Index)), m.Index, end, text[m.Index..end], NumberKind.Cardinal, Spelled: true));
            }
        }

        foreach (var m in (joints & Joint.Counted) != 0 ? Counted().Matches(text) : Enumerable.Empty<Match>())
        {
            var unit = m.Groups["unit"];
            if (StartsWithAny(m.Groups["word"].ValueSpan, countedNames[unit.Value[0]]))
            {
                named ??= [];
                var end = unit.Index + 1;
                named.Add(new NumberMention(DigitParser.Parse(m.Groups["n"].ValueSpan), m.Index, end, text[m.Index..end], NumberKind.Cardinal, Spelled: true));
            }
        }

        // 7전 4승제, 5판 3선승제: a series' format, which English names by its length alone ("best-of-seven").
        foreach (var m in (joints & Joint.Series) != 0 ? Series().Matches(text) : Enumerable.Empty<Match>())
        {
            named ??= [];
            foreach (var g in new[] { m.Groups["games"], m.Groups["wins"] })
            {
                named.Add(new NumberMention(DigitParser.Parse(g.ValueSpan), g.Index, g.Index + g.Length + 1, text.Substring(g.Index, g.Length + 1), NumberKind.Cardinal, Spelled: true));
            }
        }

        // 한미일 3국: the count of the countries just abbreviated, which English gives as their list.
        foreach (var m in (joints & Joint.Countries) != 0 ? Countries().Matches(text) : Enumerable.Empty<Match>())
        {
            var n = m.Groups["n"];
            if (m.Groups["run"].Length == n.Value[0] - '0')
            {
                (named ??= []).Add(new NumberMention(n.Value[0] - '0', n.Index, m.Index + m.Length, text[n.Index..(m.Index + m.Length)], NumberKind.Cardinal, Spelled: true));
            }
        }

        if (named is not null)
        {
            result.AddRange(named);
        }

        return named;
    }

    [Flags]
    private enum Joint
    {
        None = 0,
        Date = 1,
        Counted = 2,
        Countries = 4,
        Series = 8,
    }

    // What follows the digits of the text, in one pass: a middle dot or a full stop and a digit (a date name), 자 or
    // 호 (a counted name), 국 or 개 (a count of countries), 전 or 판 (a series). Most sentences have none, and no
    // regex runs for them.
    private static Joint Joints(string text)
    {
        var found = Joint.None;
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i + 1 < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                var next = text.AsSpan(i).IndexOfAnyInRange('0', '9');
                if (next < 0)
                {
                    break;
                }

                i += next;
                if (i + 1 >= text.Length)
                {
                    break;
                }
            }

            found |= text[i + 1] switch
            {
                '·' or 'ㆍ' => Joint.Date,
                '.' when i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]) => Joint.Date,
                '자' or '호' or '번' => Joint.Counted,
                '국' or '개' => Joint.Countries,
                '전' or '판' => Joint.Series,
                _ => Joint.None,
            };
        }

        return found;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, IEnumerable<string> nouns)
    {
        foreach (var noun in nouns)
        {
            if (word.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A month and a day joined by a middle dot (·, ㆍ) or a full stop, not inside a longer figure or a full date
    // (2008.6.15), then the Korean word after it, if any.
    [GeneratedRegex(@"(?<![\d.,·ㆍ])(?<m>1[0-2]|0?[1-9])(?<sep>[·ㆍ.])(?<d>3[01]|[12]\d|0?[1-9])(?![\d,%]|\.\d)(?<space>\s?)(?<word>[가-힣]*)")]
    private static partial Regex MonthDay();

    // A run of one-syllable country abbreviations, then their count: 한미일 3국, 한중 2개국.
    [GeneratedRegex(@"(?<![가-힣])(?<run>[한미일중러북남영독불]{2,4})\s?(?<n>[2-4])(?:개)?국")]
    private static partial Regex Countries();

    // 7전 4승제 (best-of-seven), 5판 3선승제: games, then the wins that take the series.
    [GeneratedRegex(@"(?<![\d.,])(?<games>\d{1,2})[전판]\s?(?<wins>\d{1,2})선?승제")]
    private static partial Regex Series();

    // 6자회담, 3자 협의, 제8호 태풍, 4번 타자: a count, its unit, then the word after it.
    [GeneratedRegex(@"(?<![\d.,])(?:제\s?)?(?<n>\d{1,2})(?<unit>[자호번])\s?(?<word>[가-힣]+)")]
    private static partial Regex Counted();
}
