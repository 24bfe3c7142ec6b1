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

    private static readonly Regex English = EnglishPattern();

    public string Id => "accuracy.number";

    public string Description => "A figure is bounded the other way than in the source (up to for 이상).";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var source = Bounded(context.Source.Text, bead.SourceIds.Select(i => context.Source.Sentences[i]), context.SourceProfile, KoreanBound).ToList();
            if (source.Count == 0)
            {
                continue;
            }

            var target = Bounded(context.Target.Text, bead.TargetIds.Select(i => context.Target.Sentences[i]), context.TargetProfile, EnglishBound);
            foreach (var (wrong, wrongBound) in target)
            {
                var (figure, bound) = source.FirstOrDefault(s => s.Mention.Value == wrong.Value && s.Mention.Kind == wrong.Kind);
                if (figure is null || bound.Sign == wrongBound.Sign)
                {
                    continue;
                }

                var expected = bound.Sign == '>' ? "more than" : "up to";
                var sentence = context.TargetSentenceAt(wrongBound.Start);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{wrongBound.Text} {wrong.Text}' bounds the figure the other way from the source ('{figure.Text} … {bound.Text}': {(bound.Sign == '>' ? "that or more" : "that or less")}).") with
                {
                    SourceStart = Math.Min(figure.Start, bound.Start),
                    SourceEnd = Math.Max(figure.End, bound.Start + bound.Text.Length),
                    TargetStart = wrongBound.Start,
                    TargetEnd = wrong.End,
                    Found = context.Target.Text[wrongBound.Start..wrong.End],
                    Expected = expected,
                    Suggestion = sentence is null ? string.Empty : DocumentContext.Replace(sentence, wrongBound.Start, wrongBound.Start + wrongBound.Text.Length, expected),
                };
            }
        }
    }

    // The figures of the sentences that carry a bound, with the bound's sign, position and words.
    private static IEnumerable<(NumberMention Mention, (char Sign, int Start, string Text) Bound)> Bounded(
        string text, IEnumerable<Segmentation.Sentence> sentences, Languages.ILanguageProfile profile, Func<string, NumberMention, (char, int, string)?> bound)
    {
        foreach (var sentence in sentences)
        {
            foreach (var mention in profile.Numbers.Read(sentence.Text).Where(m => !m.IsDate && !m.Spelled))
            {
                var shifted = mention with { Start = mention.Start + sentence.Start, End = mention.End + sentence.Start };
                if (bound(text, shifted) is { } found)
                {
                    yield return (shifted, found);
                }
            }
        }
    }

    // 20% 이상, 1만명 넘게, 20㎝ 이상 (a counter or a unit may stand between), or 최대 20%.
    private static (char, int, string)? KoreanBound(string text, NumberMention figure)
    {
        var after = Korean.After.Match(text, figure.End, Math.Min(12, text.Length - figure.End));
        if (after.Success)
        {
            return (Sign(after.Groups["word"].Value), after.Groups["word"].Index, after.Groups["word"].Value);
        }

        var from = Math.Max(0, figure.Start - 6);
        var before = Korean.Before.Match(text[from..figure.Start]);
        return before.Success ? (Sign("before " + before.Groups["word"].Value), from + before.Groups["word"].Index, before.Groups["word"].Value) : null;
    }

    // "up to 20 percent", "more than $40 billion".
    private static (char, int, string)? EnglishBound(string text, NumberMention figure)
    {
        var from = Math.Max(0, figure.Start - 20);
        var before = English.Match(text[from..figure.Start]);
        return before.Success ? (Sign(before.Groups["word"].Value.ToLowerInvariant()), from + before.Groups["word"].Index, before.Groups["word"].Value) : null;
    }

    private static readonly Dictionary<string, char> Signs = Languages.DataFile.ReadLines("Korean/number-bounds.txt")
        .Concat(Languages.DataFile.ReadLines("English/number-bounds.txt"))
        .ToDictionary(l => l[..l.LastIndexOf(' ')], l => l[^1], StringComparer.Ordinal);

    private static char Sign(string words) => Signs[words];

    private static (Regex, Regex) KoreanPatterns()
    {
        var lines = Languages.DataFile.ReadLines("Korean/number-bounds.txt").Select(l => l[..l.LastIndexOf(' ')]).ToList();
        var after = string.Join('|', lines.Where(l => !l.StartsWith("before ", StringComparison.Ordinal)).Select(Regex.Escape));
        var before = string.Join('|', lines.Where(l => l.StartsWith("before ", StringComparison.Ordinal)).Select(l => Regex.Escape(l["before ".Length..])));
        // A unit the number reader leaves outside the figure may stand between: 20㎝ 이상, 초속 20m가 넘는.
        return (new Regex($@"\G(?:(?![가-힣])[\p{{L}}\p{{So}}°/]){{0,4}}\s*(?:[가-힣]{{1,3}}?\s*)?(?<word>{after})", RegexOptions.CultureInvariant),
                new Regex($@"(?<![가-힣])(?<word>{before})\s*$", RegexOptions.CultureInvariant));
    }

    private static Regex EnglishPattern()
    {
        var words = Languages.DataFile.ReadLines("English/number-bounds.txt").Select(l => l[..l.LastIndexOf(' ')]).OrderByDescending(w => w.Length);
        return new Regex($@"\b(?<word>{string.Join('|', words.Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)))})\s+[$€£₩]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
