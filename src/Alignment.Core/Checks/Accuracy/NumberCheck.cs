using Alignment.Core.Findings;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.number: the numbers of a source sentence and its translation compared as values (1만 = 10,000;
/// 412억 달러 = $41.2 billion), so a lost Korean unit or a changed figure shows. Spelled-out numbers confirm a match
/// but are never reported missing (English writes "four" for 4발, Korean 양국 for "the two countries").
/// </summary>
public sealed partial class NumberCheck : ICheck
{
    public string Id => "accuracy.number";

    public string Description => "A number differs between the source and its translation, or is missing from one of them.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var source = bead.SourceIds.SelectMany(i => Mentions(context.SourceProfile, context.Source.Sentences[i])).ToList();
            var target = bead.TargetIds.SelectMany(i => Mentions(context.TargetProfile, context.Target.Sentences[i])).ToList();
            var pairs = NumberMatcher.Match(source, target, t => ImperialUnit().IsMatch(context.Target.Text, t.End));
            foreach (var finding in NumberFindings.For(context, index, pairs, source, target, Id))
            {
                yield return finding;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[\s\-]?(?:miles?|mph|feet|foot|ft|inch(?:es)?|in\.?(?=\s*(?:[,;)]|$|\.\s|\s+(?:long|wide|tall|high|deep|thick|across)\b))|pounds?|lbs?|square[\s\-]+(?:feet|foot|miles?)|sq\s?ft|acres?|degrees?\s+Fahrenheit|°F|F\b|gallons?|yards?)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ImperialUnit();

    // All kinds are read so that 24일간 can meet "August 8-24"; only non-dates are reported here.
    // Offsets come back relative to the file, not the sentence.
    private static IEnumerable<NumberMention> Mentions(Languages.ILanguageProfile profile, Segmentation.Sentence sentence) =>
        profile.Numbers.Read(sentence.Text)
            .Select(m => m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start });
}
