using System.Text.RegularExpressions;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.omission (clause): one clause of a Korean sentence that the English leaves out while it renders the
/// rest: "…까지 치솟았다가 외환당국의 구두 개입으로 상승 폭을 일부 반납했다" as "soared as high as 1,490" alone. A clause
/// counts as left out when at most a fifth of its lexicon words (three or more) have an English word in the pair and
/// none of its figures or names is there, while the other clauses have at least half of theirs; only where the English
/// is shorter than the story's ratio predicts and the pair is not loose (score 0.35 or more: the clause lost lowers
/// it). The whole pair may still be long enough for PartialOmissionCheck to find nothing cut.
/// </summary>
public sealed partial class ClauseOmissionCheck : ICheck
{
    private const double SurePair = 0.35;
    private const int MinimumWords = 3;
    private const int MinimumClause = 12;
    private const double CutShare = 0.45;

    public string Id => "accuracy.omission";

    public string Description => "Part of a source sentence seems to be missing from its translation.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var (pairs, story) = StoryRatio.Of(context);
        if (context.Lexicon is not { } lexicon || story is not { } ratio)
        {
            yield break;
        }

        foreach (var (index, bead) in pairs.Where(p => p.Bead.Score >= SurePair && p.Bead.SourceIds.Count == 1))
        {
            var sentence = context.Source.Sentences[bead.SourceIds[0]];
            var english = bead.TargetIds.Select(i => context.Target.Sentences[i]).ToList();
            // Far shorter, and the whole sentence looks cut: PartialOmissionCheck says so.
            var length = english.Sum(s => s.Length);
            if (length >= ratio * sentence.Length || length < CutShare * ratio * sentence.Length)
            {
                continue;
            }

            var clauses = Clauses(sentence.Text).ToList();
            if (clauses.Count < 2)
            {
                continue;
            }

            var words = new HashSet<int>();
            english.ForEach(s => lexicon.AddTargetIds(s.Text, words));
            var figures = english.SelectMany(s => NumberCheck.Mentions(context.TargetProfile, s)).ToList();
            var capitals = english.SelectMany(s => Capitals().Matches(s.Text).Select(m => m.Value)).ToList();
            var read = clauses.Select(c => Read(context, lexicon, sentence, c, words, figures, capitals)).ToList();

            var lost = read.Where(r => r.Entries >= MinimumWords && r.Answered * 5 <= r.Entries && !r.FigureFound).ToList();
            var kept = read.Where(r => !lost.Contains(r)).ToList();
            if (lost.Count != 1 || kept.Count == 0 || kept.Exists(r => r.Entries > 0 && r.Answered * 2 < r.Entries) || kept.Sum(r => r.Answered) < 2)
            {
                continue;
            }

            var (start, end) = (sentence.Start + lost[0].Start, sentence.Start + lost[0].End);
            yield return context.NewFinding(index, Id, Severity.Major, $"The English renders the rest of the sentence but not '{context.Source.Text[start..end]}': {(lost[0].Answered == 0 ? "none" : "one")} of its {lost[0].Entries} words is there, and none of its figures or names.") with
            {
                SourceStart = start,
                SourceEnd = end,
            };
        }
    }

    // How much of a clause the English answers: its lexicon entries, those with an English word in the pair, and
    // whether one of its counted figures is there.
    private static (int Start, int End, int Entries, int Answered, bool FigureFound) Read(
        DocumentContext context, Languages.Lexicons.Lexicon lexicon, Segmentation.Sentence sentence, (int Start, int End) clause, HashSet<int> words, List<Numbers.NumberMention> figures, List<string> capitals)
    {
        var entries = new HashSet<int>();
        lexicon.AddSourceIds(sentence.Text.AsSpan(clause.Start, clause.End - clause.Start), entries);
        var answered = entries.Count(e => lexicon.WordsOf(e).Any(words.Contains));
        var own = NumberCheck.Mentions(context.SourceProfile, sentence).Where(m => m.Start >= sentence.Start + clause.Start && m.End <= sentence.Start + clause.End && !m.Spelled).ToList();
        // A figure of the clause that the English has, a name it spells (지석이도: Ji-seok) or a Latin word it keeps
        // (HBM): the clause is there, whatever its words.
        var found = (own.Count > 0 && NumberMatcher.Match(own, figures, t => NumberCheck.IsImperialUnit(context.Target.Text, t)).Count > 0)
            || Names().Matches(sentence.Text, clause.Start).TakeWhile(m => m.Index < clause.End).Any(m => capitals.Exists(c => Spells(m.Value, c)));
        return (clause.Start, clause.End, entries.Count, answered, found);
    }

    // A Latin word the English keeps (HBM), or a Hangul word it spells.
    private static bool Spells(string word, string english) =>
        Text.Scripts.IsLatin(word[0]) ? word.Equals(english, StringComparison.OrdinalIgnoreCase) : LooseSound.Spells(word, english);

    [GeneratedRegex(@"[가-힣]{2,}|[A-Za-z]{2,}")]
    private static partial Regex Names();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(?:-[a-z]+)?")]
    private static partial Regex Capitals();

    // The clauses of a sentence, split after a connective ending (…했으며, …했고, …했지만, …했다가) or a comma, each
    // long enough to say something of its own.
    private static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var end = m.Index + m.Length;
            if (end - start >= MinimumClause && text.Length - end >= MinimumClause)
            {
                yield return (start, m.Index);
                start = end;
            }
        }

        yield return (start, text.Length);
    }

    // 고 only after a verb's own syllable (했고, 되고, 늘리고): 최고 and 보고 are nouns.
    [GeneratedRegex(@"(?<=[가-힣](?:으며|며|지만|으나|는데|면서|다가)|(?:했|됐|었|았|였|겠|하|되|이|오|주|두|내|키|리|우)고|[""”’'](?:라며|며|고))[,.]?\s|(?<=[가-힣]),\s")]
    private static partial Regex Boundary();
}
