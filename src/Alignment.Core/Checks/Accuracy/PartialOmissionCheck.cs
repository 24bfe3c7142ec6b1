using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.omission (partial, minor): a pair whose English is far shorter than this story's own length ratio
/// predicts for its Korean, or somewhat shorter while four or more Korean lexicon words have no English word in it,
/// so part of the sentence was likely dropped. Minor: a terse translation can be right. On 746 clean pairs of real
/// news the second rule alone flags about one in twenty-five, most of them fragments the English line really lacks.
/// Major where the English also lacks a counted figure of the Korean (60대 주민 1명이): a terse rendering keeps those.
/// </summary>
public sealed class PartialOmissionCheck : ICheck
{
    private const double ShortShare = 0.45;

    // Less short, but with several Korean words the English has no word for: a clause dropped from a long sentence.
    private const double LooseShare = 0.6;
    private const int UnmatchedWords = 4;
    private const int MinimumSource = 30;

    public string Id => "accuracy.omission";

    public string Description => "Part of a source sentence seems to be missing from its translation.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var (pairs, story) = StoryRatio.Of(context);
        if (story is not { } ratio)
        {
            yield break;
        }

        foreach (var (index, bead) in pairs)
        {
            var source = bead.SourceIds.Sum(i => context.Source.Sentences[i].Length);
            var target = bead.TargetIds.Sum(i => context.Target.Sentences[i].Length);
            if (source < MinimumSource || (target >= ShortShare * ratio * source && !(target < LooseShare * ratio * source && Unmatched(context, bead) >= UnmatchedWords)))
            {
                continue;
            }

            var first = context.Source.Sentences[bead.SourceIds[0]];
            var last = context.Source.Sentences[bead.SourceIds[^1]];
            var lost = LostFigures(context, bead);
            var severity = lost.Count > 0 ? Severity.Major : Severity.Minor;
            var figures = lost.Count > 0 ? $" with {string.Join(", ", lost.Select(m => Counted(context.Source.Text, m)))}" : string.Empty;
            yield return context.NewFinding(index, Id, severity, $"The English is {target} characters for {source} of Korean (this story runs {ratio:0.0} to 1); part of the sentence{figures} may be missing.") with
            {
                SourceStart = first.Start,
                SourceEnd = last.End,
            };
        }
    }

    // A short English that also lacks a counted figure of the Korean (14개월, 60대 주민 1명) has lost a part for
    // sure: a terse rendering keeps the figures. Not a figure without a counter (a headline's 2008.11), nor one
    // whose value the English gives for its twin (넘버 16 … 16번), nor spelled numbers and dates, which
    // accuracy.number leaves alone too.
    private static List<Numbers.NumberMention> LostFigures(DocumentContext context, Alignment.Bead bead)
    {
        var source = bead.SourceIds.SelectMany(i => NumberCheck.Mentions(context.SourceProfile, context.Source.Sentences[i])).ToList();
        var target = bead.TargetIds.SelectMany(i => NumberCheck.Mentions(context.TargetProfile, context.Target.Sentences[i])).ToList();
        var pairs = NumberMatcher.Match(source, target, t => NumberCheck.IsImperialUnit(context.Target.Text, t));
        var text = context.Source.Text;
        return [.. source.Where(s => !s.Spelled && !s.IsDate && !pairs.Exists(p => p.Source.Value == s.Value)
            && (CountedFigure.Is(text, s) || (s.Text.Length > 0 && Text.Scripts.IsHangulSyllable(s.Text[^1]))))];
    }

    // The figure with the word it counts in: 14개월간, 1명이.
    private static string Counted(string text, Numbers.NumberMention m)
    {
        var end = m.End;
        while (end < text.Length && Text.Scripts.IsHangulSyllable(text[end]))
        {
            end++;
        }

        return text[m.Start..end];
    }

    // Korean lexicon words of the bead none of whose English words the aligned English has.
    private static int Unmatched(DocumentContext context, Alignment.Bead bead)
    {
        if (context.Lexicon is not { } lexicon)
        {
            return 0;
        }

        var (source, target) = (new HashSet<int>(), new HashSet<int>());
        foreach (var i in bead.SourceIds)
        {
            lexicon.AddSourceIds(context.Source.Sentences[i].Text, source);
        }

        foreach (var i in bead.TargetIds)
        {
            lexicon.AddTargetIds(context.Target.Sentences[i].Text, target);
        }

        return source.Count(entry => !lexicon.WordsOf(entry).Any(target.Contains));
    }
}
