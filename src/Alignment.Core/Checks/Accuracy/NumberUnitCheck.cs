using Alignment.Core.Numbers.Units;
using Alignment.Core.Findings;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.number: the figure kept but its unit changed: "318.5 centimeters" for 318.5㎜, "15,000 miles" for
/// 1만5천㎞, "110 miles per hour" for 시속 110㎞. A converted figure ("68 mph") has another value and is fine; the
/// same value in another unit of the same dimension is a wrong measure.
/// </summary>
public sealed class NumberUnitCheck : ICheck
{
    public string Id => "accuracy.number";

    public string Description => "A figure keeps its value but not its unit (centimeters for ㎜).";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var source = bead.SourceIds.SelectMany(i => Mentions(context.SourceProfile, context.Source.Sentences[i])).ToList();
            // Each figure's unit read once: most beads have none, and then the English is not read at all.
            var units = source.Select(s => (Mention: s, Unit: UnitReader.AfterKorean(context.Source.Text, s))).Where(u => u.Unit is not null).ToDictionary(u => u.Mention, u => u.Unit!.Value);
            if (units.Count == 0)
            {
                continue;
            }

            var target = bead.TargetIds.SelectMany(i => Mentions(context.TargetProfile, context.Target.Sentences[i])).ToList();
            foreach (var (s, t) in NumberMatcher.Match(source, target, _ => false).Where(p => NumberMatcher.Same(p.Source.Value, p.Target.Value)))
            {
                if (!units.TryGetValue(s, out var korean) || UnitReader.AfterEnglish(context.Target.Text, t) is not { } english
                    || korean.Unit.Dimension != english.Unit.Dimension || korean.Unit.Id == english.Unit.Id)
                {
                    continue;
                }

                var sentence = context.TargetSentenceAt(english.Start);
                var expected = UnitReader.EnglishFor(korean.Unit);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{context.Target.Text[t.Start..english.End]}' keeps the figure of '{context.Source.Text[s.Start..korean.End]}' but not its unit ({expected}).") with
                {
                    SourceStart = s.Start,
                    SourceEnd = korean.End,
                    TargetStart = english.Start,
                    TargetEnd = english.End,
                    Found = context.Target.Text[english.Start..english.End],
                    Expected = expected,
                    Suggestion = sentence is null ? string.Empty : DocumentContext.Replace(sentence, english.Start, english.End, expected),
                };
            }
        }
    }

    private static IEnumerable<NumberMention> Mentions(Languages.ILanguageProfile profile, Segmentation.Sentence sentence) =>
        profile.Numbers.Read(sentence.Text).Where(m => m.Kind == NumberKind.Cardinal).Select(m => m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start });
}
