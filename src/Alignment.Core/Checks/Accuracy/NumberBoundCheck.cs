using System.Text.RegularExpressions;
using Alignment.Core.Findings;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.number: a figure bounded the other way than the source bounds it: "up to 20 percent" for 20% 이상 (20
/// percent or more), "more than 300" for 300명 미만. The figures agree, so the value comparison cannot see it.
/// </summary>
public sealed class NumberBoundCheck : ICheck
{
    private static readonly (Regex After, Regex Before) Korean = KoreanPatterns();

    private static readonly (Regex Before, Regex After) English = EnglishPatterns();

    public string Id => "accuracy.number";

    public string Description => "A figure is bounded the other way than in the source (up to for 이상).";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var source = Bounded(context.Source.Text, bead.SourceIds.Select(i => context.Source.Sentences[i]), context.SourceProfile, KoreanBound, spelled: false).ToList();
            if (source.Count == 0)
            {
                continue;
            }

            // English spells small figures ("up to three times", "at least twice") where Korean writes digits.
            var target = Bounded(context.Target.Text, bead.TargetIds.Select(i => context.Target.Sentences[i]), context.TargetProfile, EnglishBound, spelled: true).ToList();
            foreach (var (wrong, wrongBound) in target)
            {
                // A figure the source bounds twice (36시간 미만 … 36시간 이상) is compared in order when the English
                // bounds it as often, and otherwise agrees with either English bound.
                var same = source.Where(s => SameFigure(s.Mention, wrong)).ToList();
                var others = target.Where(t => t.Mention.Value == wrong.Value && t.Mention.Kind == wrong.Kind).ToList();
                var (figure, bound) = same.Count == others.Count && same.Count > 1 ? same[others.FindIndex(t => t.Mention == wrong)] : same.FirstOrDefault();
                if (figure is null || bound.Sign == wrongBound.Sign || (same.Count != others.Count && same.Exists(s => s.Bound.Sign == wrongBound.Sign)))
                {
                    continue;
                }

                // The English bound stands before the figure ("up to 20") or after it ("60 and younger").
                var after = wrongBound.Start > wrong.Start;
                var age = wrongBound.Text.EndsWith("older", StringComparison.OrdinalIgnoreCase) || wrongBound.Text.EndsWith("younger", StringComparison.OrdinalIgnoreCase);
                var expected = (bound.Sign, after) switch
                {
                    ('>', false) => "more than",
                    (_, false) => "up to",
                    ('>', true) => age ? "or older" : "or more",
                    _ => age ? "or younger" : "or less",
                };
                var (start, end) = (Math.Min(wrong.Start, wrongBound.Start), Math.Max(wrong.End, wrongBound.Start + wrongBound.Text.Length));
                var found = context.Target.Text[start..end];
                var sentence = context.TargetSentenceAt(wrongBound.Start);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{found}' bounds the figure the other way from the source ('{figure.Text} … {bound.Text}': {(bound.Sign == '>' ? "that or more" : "that or less")}).") with
                {
                    SourceStart = Math.Min(figure.Start, bound.Start),
                    SourceEnd = Math.Max(figure.End, bound.Start + bound.Text.Length),
                    TargetStart = start,
                    TargetEnd = end,
                    Found = found,
                    Expected = expected,
                    Suggestion = sentence is null ? string.Empty : DocumentContext.Replace(sentence, wrongBound.Start, wrongBound.Start + wrongBound.Text.Length, expected),
                };
            }
        }
    }

    // The figures of the sentences that carry a bound, with the bound's sign, position and words.
    private static IEnumerable<(NumberMention Mention, (char Sign, int Start, string Text) Bound)> Bounded(
        string text, IEnumerable<Segmentation.Sentence> sentences, Languages.ILanguageProfile profile, Func<string, NumberMention, (char, int, string)?> bound, bool spelled)
    {
        foreach (var sentence in sentences)
        {
            foreach (var mention in profile.Numbers.Read(sentence.Text).Where(m => !m.IsDate && (spelled || !m.Spelled)))
            {
                var shifted = mention with { Start = mention.Start + sentence.Start, End = mention.End + sentence.Start };
                if (bound(text, shifted) is { } found)
                {
                    yield return (shifted, found);
                }
            }
        }
    }

    // The same figure: equal values of one kind, or a count (연 2회) that English gives as "twice", which the number
    // reader takes for a factor (2배).
    private static bool SameFigure(NumberMention source, NumberMention target) =>
        source.Value == target.Value
        && (source.Kind == target.Kind || (source.Kind == NumberKind.Cardinal && target.Text.Equals("twice", StringComparison.OrdinalIgnoreCase)));

    // 20% 이상, 1만명 넘게, 20㎝ 이상 (a counter or a unit may stand between), or 최대 20%.
    private static (char, int, string)? KoreanBound(string text, NumberMention figure)
    {
        var after = Korean.After.Match(text, figure.End, Math.Min(12, text.Length - figure.End));
        if (after.Success)
        {
            return (Sign(after.Groups["word"].Value), after.Groups["word"].Index, after.Groups["word"].Value);
        }

        var from = Math.Max(0, figure.Start - 10);
        var before = Korean.Before.Match(text[from..figure.Start]);
        return before.Success ? (Sign("before " + before.Groups["word"].Value), from + before.Groups["word"].Index, before.Groups["word"].Value) : null;
    }

    // "up to 20 percent", "more than $40 billion", or after the figure: "aged 60 and older", "18 or younger".
    private static (char, int, string)? EnglishBound(string text, NumberMention figure)
    {
        var from = Math.Max(0, figure.Start - 20);
        var before = English.Before.Match(text[from..figure.Start]);
        if (before.Success)
        {
            return (Sign(Spaced(before.Groups["word"].Value)), from + before.Groups["word"].Index, before.Groups["word"].Value);
        }

        var after = English.After.Match(text, figure.End, Math.Min(30, text.Length - figure.End));
        return after.Success ? (Sign("after " + Spaced(after.Groups["word"].Value)), after.Groups["word"].Index, after.Groups["word"].Value) : null;
    }

    private static string Spaced(string words) => string.Join(' ', words.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static readonly Dictionary<string, char> Signs = Languages.DataFile.ReadLines("Korean/number-bounds.txt")
        .Concat(Languages.DataFile.ReadLines("English/number-bounds.txt"))
        .Where(l => !l.StartsWith("between ", StringComparison.Ordinal))
        .ToDictionary(l => l[..l.LastIndexOf(' ')], l => l[^1], StringComparer.Ordinal);

    private static char Sign(string words) => Signs[words];

    private static (Regex, Regex) KoreanPatterns()
    {
        var all = Languages.DataFile.ReadLines("Korean/number-bounds.txt").ToList();
        var between = string.Join('|', all.Where(l => l.StartsWith("between ", StringComparison.Ordinal)).Select(l => Regex.Escape(l["between ".Length..])));
        var lines = all.Where(l => !l.StartsWith("between ", StringComparison.Ordinal)).Select(l => l[..l.LastIndexOf(' ')]).ToList();
        var after = string.Join('|', lines.Where(l => !l.StartsWith("before ", StringComparison.Ordinal)).Select(Regex.Escape));
        var before = string.Join('|', lines.Where(l => l.StartsWith("before ", StringComparison.Ordinal)).Select(l => Regex.Escape(l["before ".Length..])));
        // A unit the number reader leaves outside the figure may stand between: 20㎝ 이상, 초속 20m가 넘는; and a rate
        // word between a bound and its figure: 최대 초속 15m.
        return (new Regex($@"\G(?:(?![가-힣])[\p{{L}}\p{{So}}°/]){{0,4}}\s*(?:[가-힣]{{1,3}}?\s*)?(?<word>{after})", RegexOptions.CultureInvariant),
                new Regex($@"(?<![가-힣])(?<word>{before})\s*(?:(?:{between})\s*)?$", RegexOptions.CultureInvariant));
    }

    private static (Regex Before, Regex After) EnglishPatterns()
    {
        var lines = Languages.DataFile.ReadLines("English/number-bounds.txt").Select(l => l[..l.LastIndexOf(' ')]).ToList();
        static string Alternatives(IEnumerable<string> words) =>
            string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var before = Alternatives(lines.Where(l => !l.StartsWith("after ", StringComparison.Ordinal)));
        var after = Alternatives(lines.Where(l => l.StartsWith("after ", StringComparison.Ordinal)).Select(l => l["after ".Length..]));
        // After the figure a unit or "years old" may come first: "20 percent or more", "65 years old and older".
        return (new Regex($@"\b(?<word>{before})\s+[$€£₩]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
                new Regex($@"\G(?:[\s-]*(?:[a-z%]+(?:\s+old)?)?)??\s+(?<word>{after})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
    }
}
