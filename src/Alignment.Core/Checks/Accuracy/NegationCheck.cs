using Alignment.Core.Checks.Accuracy.Negation;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.polarity (negation): the Korean says a thing did not happen and the English says nothing of the kind
/// ("lost their focus" for 집중력을 잃지 않았다), or the English says "not" where the Korean has no negation at all
/// ("did not approve" for 승인했다). English renders a negation in many ways ("failed to", "unhurt", "free",
/// "only"), so the first is reported only when the English has none of them; Korean idioms built on a negation
/// but meaning none (끊임없이 "constantly", 적지 않은 "considerable") are set aside first, as data.
/// </summary>
public sealed class NegationCheck : ICheck
{
    // A pair the aligner is sure of (its lengths, names and words agree) is one translation, and a negation it lacks
    // is lost. Below this the pair is loose: the English may say the clause elsewhere or not at all, which the
    // omission checks weigh. On the 1,000 dev pairs, 30 of the 36 pairs this check would report score under it,
    // most of them English that translates another part of the story; the injected errors of the hand-written sets
    // score 0.8-0.9.
    private const double SurePair = 0.75;

    public string Id => "accuracy.polarity";

    public string Description => "The English drops or adds a negation (\"did not\", \"never\") the source does not have.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var korean = bead.SourceIds.Select(i => context.Source.Sentences[i]).ToList();
            var english = bead.TargetIds.Select(i => context.Target.Sentences[i]).ToList();
            if (bead.Score < SurePair)
            {
                continue;
            }

            var negated = korean.SelectMany(s => KoreanNegation.MarkersOf(s.Text).Select(m => (Start: s.Start + m.Start, End: s.Start + m.End))).ToList();
            var predicates = negated.Where(n => !KoreanNegation.Modifies(context.Source.Text, n.End)).ToList();
            if (predicates.Count > 0 && !english.Exists(s => EnglishNegation.RendersNegation(s.Text)))
            {
                var said = Predicate(context.Source.Text, predicates[0].Start, predicates[0].End);
                var predicate = context.Source.Text[said.Start..said.End];
                yield return context.NewFinding(index, Id, Severity.Major, $"The Korean says '{predicate}' (a negation), and the English says nothing of the kind: no 'not', 'never', 'no', 'failed' or the like.") with
                {
                    SourceStart = said.Start,
                    SourceEnd = said.End,
                    Expected = "a negation",
                };
                continue;
            }

            if (negated.Count > 0 || korean.Exists(s => KoreanNegation.AllowsNot(s.Text)))
            {
                continue;
            }

            foreach (var sentence in english)
            {
                if (EnglishNegation.MarkersOf(sentence.Text) is [var first, ..])
                {
                    var (start, end) = (sentence.Start + first.Start, sentence.Start + first.End);
                    var found = context.Target.Text[start..end];
                    yield return context.NewFinding(index, Id, Severity.Major, $"The English says '{found}' where the Korean has no negation.") with
                    {
                        TargetStart = start,
                        TargetEnd = end,
                        Found = found,
                        Expected = "no negation",
                    };
                    break;
                }
            }
        }
    }

    private static Severity Sure(Alignment.Bead bead) => bead.Score >= SurePair ? Severity.Major : Severity.Minor;

    // The negated predicate with the rest of its words either side: 잃지 않았다.
    private static (int Start, int End) Predicate(string text, int start, int end)
    {
        while (start > 0 && Text.Scripts.IsHangulSyllable(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && Text.Scripts.IsHangulSyllable(text[end]))
        {
            end++;
        }

        return (start, end);
    }
}
