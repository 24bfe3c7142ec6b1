using System.Text.RegularExpressions;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.addition (clause): a clause of an English sentence that says what its Korean does not, beside clauses
/// that render it: "…, and to launch a new working group on maritime security" after a faithful first half. The
/// mirror of ClauseOmissionCheck, held stricter since Korean verbs as the sentence has them are rarely lexicon words:
/// none of the clause's lexicon words (five or more) has a Korean word of the pair and none of its figures or names
/// is there, while the other clauses have half of theirs; only where the English is longer than the story's ratio
/// predicts and the pair is not loose.
/// </summary>
public sealed partial class ClauseAdditionCheck : ICheck
{
    private const double SurePair = 0.35;
    private const int MinimumWords = 5;
    private const int MinimumClause = 20;

    public string Id => "accuracy.addition";

    public string Description => "English text has no counterpart in the source.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var (pairs, story) = StoryRatio.Of(context);
        if (context.Lexicon is not { } lexicon || story is not { } ratio)
        {
            yield break;
        }

        foreach (var (index, bead) in pairs.Where(p => p.Bead.Score >= SurePair && p.Bead.TargetIds.Count == 1))
        {
            var sentence = context.Target.Sentences[bead.TargetIds[0]];
            var korean = bead.SourceIds.Select(i => context.Source.Sentences[i]).ToList();
            if (sentence.Length <= ratio * korean.Sum(s => s.Length))
            {
                continue;
            }

            var clauses = Clauses(sentence.Text).ToList();
            if (clauses.Count < 2)
            {
                continue;
            }

            // The English words the Korean's lexicon entries give, and its figures and words that may be names.
            var entries = new HashSet<int>();
            korean.ForEach(s => lexicon.AddSourceIds(s.Text, entries));
            var given = entries.SelectMany(lexicon.WordsOf).ToHashSet();
            var figures = korean.SelectMany(s => NumberCheck.Mentions(context.SourceProfile, s)).ToList();
            var hangul = korean.SelectMany(s => HangulWords().Matches(s.Text).Select(m => m.Value)).Where(w => w.Length <= 7).Distinct().ToList();
            var read = clauses.Select(c => Read(context, lexicon, sentence, c, given, figures, hangul)).ToList();
            var added = read.Where(r => r.Words >= MinimumWords && r.Answered == 0 && !r.Anchored).ToList();
            var kept = read.Where(r => !added.Contains(r)).ToList();
            if (added.Count != 1 || kept.Exists(r => r.Words > 0 && r.Answered * 2 < r.Words) || kept.Sum(r => r.Answered) < 2)
            {
                continue;
            }

            var (start, end) = (sentence.Start + added[0].Start, sentence.Start + added[0].End);
            var found = context.Target.Text[start..end];
            yield return context.NewFinding(index, Id, Severity.Major, $"'{found}' says what the Korean does not: none of its {added[0].Words} words is in the source sentence, nor any of its figures or names.") with
            {
                TargetStart = start,
                TargetEnd = end,
                Found = found,
            };
        }
    }

    private static (int Start, int End, int Words, int Answered, bool Anchored) Read(
        DocumentContext context, Languages.Lexicons.Lexicon lexicon, Segmentation.Sentence sentence, (int Start, int End) clause,
        HashSet<int> given, List<Numbers.NumberMention> figures, List<string> hangul)
    {
        var words = new HashSet<int>();
        lexicon.AddTargetIds(sentence.Text.AsSpan(clause.Start, clause.End - clause.Start), words);
        var answered = words.Count(given.Contains);

        // A figure of the clause that the Korean has, or a name it spells: the clause renders something there.
        var own = NumberCheck.Mentions(context.TargetProfile, sentence).Where(m => m.Start >= sentence.Start + clause.Start && m.End <= sentence.Start + clause.End).ToList();
        var anchored = (own.Count > 0 && NumberMatcher.Match(figures, own, t => NumberCheck.IsImperialUnit(context.Target.Text, t)).Count > 0)
            || Capitals().Matches(sentence.Text[clause.Start..clause.End]).Any(m => hangul.Exists(h => LooseSound.Spells(h, m.Value)));
        return (clause.Start, clause.End, words.Count, answered, anchored);
    }

    // The clauses of a sentence: split before ", and", ", while", ", which", "as well as", "; " and the like, each
    // long enough to say something of its own.
    private static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            if (m.Index - start >= MinimumClause && text.Length - m.Index >= MinimumClause)
            {
                yield return (start, m.Index);
                start = m.Index;
            }
        }

        yield return (start, text.Length);
    }

    [GeneratedRegex(@",\s+(?:and|but|while|which|who|where|including|adding|with|as)\s|;\s|\s(?:as well as|and then|and to|and also)\s")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[가-힣]{2,}")]
    private static partial Regex HangulWords();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(?:-[a-z]+)?")]
    private static partial Regex Capitals();
}
