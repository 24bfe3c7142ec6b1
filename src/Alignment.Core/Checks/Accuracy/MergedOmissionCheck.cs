using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.omission (merged): a Korean sentence the aligner joined to its neighbour's pair although the English
/// has nothing of it: its counted figures all missing (부상자 가운데 3명은 중상을 입고 …, beside a sentence the
/// English gives in full) and at most one of its lexicon words answered. A dropped sentence glued to the pair beside
/// it is otherwise invisible: the pair as a whole is not short enough to look cut.
/// </summary>
public sealed class MergedOmissionCheck : ICheck
{
    private const int MostAnswered = 1;

    public string Id => "accuracy.omission";

    public string Description => "Part of a source sentence seems to be missing from its translation.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        if (context.Lexicon is not { } lexicon)
        {
            yield break;
        }

        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair && b.Bead.SourceIds.Count > 1))
        {
            // The English side is read only for a bead with a counted Korean figure: most merges have none.
            List<Numbers.NumberMention>? target = null;
            HashSet<int>? words = null;
            foreach (var i in bead.SourceIds)
            {
                var sentence = context.Source.Sentences[i];
                var figures = NumberCheck.Mentions(context.SourceProfile, sentence).Where(m => !m.IsDate && !m.Spelled && CountedFigure.Is(context.Source.Text, m)).ToList();
                if (figures.Count == 0)
                {
                    continue;
                }

                target ??= [.. bead.TargetIds.SelectMany(t => NumberCheck.Mentions(context.TargetProfile, context.Target.Sentences[t]))];
                if (NumberMatcher.Match(figures, target, t => NumberCheck.IsImperialUnit(context.Target.Text, t)).Count > 0)
                {
                    continue;
                }

                if (words is null)
                {
                    words = [];
                    foreach (var t in bead.TargetIds)
                    {
                        lexicon.AddTargetIds(context.Target.Sentences[t].Text, words);
                    }
                }

                var entries = new HashSet<int>();
                lexicon.AddSourceIds(sentence.Text, entries);
                // English words its entries find, each once: 부상자 and 중상 both find "injured".
                if (entries.SelectMany(lexicon.WordsOf).Where(words.Contains).Distinct().Count() > MostAnswered)
                {
                    continue;
                }

                yield return context.NewFinding(index, Id, Severity.Major, $"This source sentence seems to have no translation: the English beside it has none of its figures ({string.Join(", ", figures.Select(f => f.Text))}) and little of its words.") with
                {
                    SourceStart = sentence.Start,
                    SourceEnd = sentence.End,
                };
            }
        }
    }
}
