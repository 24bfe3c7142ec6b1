using System.Text.RegularExpressions;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.date: a quarter or a half of the year other than the source's: "second-quarter profit" for 1분기 영업이익,
/// "in the second half of next year" for 내년 상반기. Only where the English names a period of the same kind that
/// the Korean does not, and the Korean one is not there: "first and second quarters" for 1분기 is not reported.
/// </summary>
public sealed partial class PeriodCheck : ICheck
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    public string Id => "accuracy.date";

    public string Description => "A quarter or half of the year in the English is not the source's.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var korean = string.Join(" ", bead.SourceIds.Select(i => context.Source.Sentences[i].Text));
            foreach (var (unit, koreanPattern) in new[] { ("quarter", KoreanQuarter()), ("half", KoreanHalf()) })
            {
                var said = koreanPattern.Matches(korean).Select(m => (Value: Value(m), m.Value)).ToList();
                if (said.Count == 0)
                {
                    continue;
                }

                var english = bead.TargetIds.Select(i => context.Target.Sentences[i])
                    .SelectMany(s => English(s.Text, unit).Select(e => (Sentence: s, e.Value, Start: s.Start + e.Start, End: s.Start + e.End, e.Text))).ToList();
                var missing = said.Where(k => !english.Exists(e => e.Value == k.Value)).Select(k => k.Value).Distinct().ToList();
                foreach (var wrong in missing.Count == 0 ? [] : english.Where(e => !said.Exists(k => k.Value == e.Value)))
                {
                    var expected = missing.Count == 1 ? Ordinals[missing[0] - 1] : string.Empty;
                    var replaceable = expected.Length > 0 && Ordinals.Contains(wrong.Text.ToLowerInvariant());
                    yield return context.NewFinding(index, Id, Severity.Major, $"'{wrong.Text}' names another {unit} than the source ({string.Join(", ", said.Select(k => k.Value).Distinct().Select(v => $"{Ordinals[v - 1]} {unit}"))}).") with
                    {
                        TargetStart = wrong.Start,
                        TargetEnd = wrong.End,
                        Found = wrong.Text,
                        Expected = expected.Length > 0 ? $"{expected} {unit}" : string.Empty,
                        Suggestion = replaceable ? DocumentContext.Replace(wrong.Sentence, wrong.Start, wrong.End, DocumentContext.CasedLike(expected, wrong.Text)) : string.Empty,
                    };
                }
            }
        }
    }

    // The English's quarters or halves, as (value, start, end, the words that give the number) in the sentence.
    private static IEnumerable<(int Value, int Start, int End, string Text)> English(string sentence, string unit)
    {
        if (unit == "quarter")
        {
            return QuarterMonths.In(sentence).Select(q => (q.Quarter, q.Start, q.End, sentence[q.Start..q.End]));
        }

        return EnglishHalf().Matches(sentence).Select(m => m.Groups["n"]).Select(n =>
            (n.Value.ToLowerInvariant() is "first" or "1st" or "1" ? 1 : 2, n.Index, n.Index + n.Length, n.Value));
    }

    private static int Value(Match m) =>
        m.Groups["n"].Success ? m.Groups["n"].Value[0] - '0' : m.Value[0] is '상' or '전' ? 1 : 2;

    // 1분기, 1/4분기, 1·4분기; not 분기별 or 매 분기.
    [GeneratedRegex(@"(?<![\d/·])(?<n>[1-4])\s?(?:[/·]\s?4\s?)?분기")]
    private static partial Regex KoreanQuarter();

    // 상반기 and 하반기 of a year, 전반기 and 후반기 of a season.
    [GeneratedRegex(@"(?:상|하|전|후)반기")]
    private static partial Regex KoreanHalf();

    // "the second half", "first-half", "H1", "1H", "the latter half".
    [GeneratedRegex(@"\b(?<n>first|second|1st|2nd|latter)[\s-]+half\b|\bH(?<n>[12])\b|\b(?<n>[12])H\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishHalf();
}
