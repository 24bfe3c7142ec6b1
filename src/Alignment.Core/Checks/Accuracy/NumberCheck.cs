using Alignment.Core.Findings;
using Alignment.Core.Numbers;
using Alignment.Core.Numbers.Units;

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
        bool IsImperial(NumberMention t) => IsImperialUnit(context.Target.Text, t);
        var beads = context.Beads.Where(b => b.Bead.IsPair).Select(b =>
        {
            var source = b.Bead.SourceIds.SelectMany(i => Mentions(context.SourceProfile, context.Source.Sentences[i])).ToList();
            var target = b.Bead.TargetIds.SelectMany(i => Mentions(context.TargetProfile, context.Target.Sentences[i])).ToList();
            return (b.Index, Source: source, Target: target, Pairs: NumberMatcher.Match(source, target, IsImperial));
        }).ToList();

        // A figure the translation moved into the next or the last sentence ("Kang, 23, ..." one sentence after
        // 강민재(23·강원도청)) is no loss there and no addition here.
        for (var k = 0; k + 1 < beads.Count; k++)
        {
            if (beads[k + 1].Index == beads[k].Index + 1)
            {
                Moved(beads[k], beads[k + 1], IsImperial);
                Moved(beads[k + 1], beads[k], IsImperial);
            }
        }

        // Every figure of the Korean story: an English figure none of them gives was added, not moved or converted.
        var story = new Lazy<List<NumberMention>>(() => [.. context.Source.Sentences.SelectMany(s => Mentions(context.SourceProfile, s))]);
        var values = new Lazy<HashSet<decimal>>(() => [.. story.Value.Select(s => s.Value)]);
        var durations = new Lazy<List<NumberMention>>(() => [.. story.Value.Where(s => s.Spelled || UnitReader.AfterKorean(context.Source.Text, s)?.Unit.Dimension == "duration")]);

        // The same value first (most figures), then the matcher's conversions, then lengths of time in other units.
        // The number reader leaves 하루 out (하루 평균 is "a daily average"), but "24 hours before" is its English too.
        bool InStory(NumberMention t)
        {
            if (values.Value.Contains(t.Value) || NumberMatcher.Match(story.Value, [t], IsImperial).Count > 0)
            {
                return true;
            }

            var unit = UnitReader.AfterEnglish(context.Target.Text, t)?.Unit;
            return unit?.Dimension == "duration" && (NumberDurations.Same(context, durations.Value, [t]).Count > 0
                || (t.Value == 24 && unit.Id == "hour" && context.Source.Text.Contains("하루", StringComparison.Ordinal)));
        }
        foreach (var (index, source, target, pairs) in beads)
        {
            foreach (var finding in NumberFindings.For(context, index, pairs, source, target, Id, InStory))
            {
                yield return finding;
            }
        }
    }

    private static void Moved(
        (int Index, List<NumberMention> Source, List<NumberMention> Target, List<(NumberMention Source, NumberMention Target)> Pairs) from,
        (int Index, List<NumberMention> Source, List<NumberMention> Target, List<(NumberMention Source, NumberMention Target)> Pairs) to,
        Func<NumberMention, bool> isImperial)
    {
        var lost = from.Source.Where(s => !s.Spelled && !s.IsDate && !from.Pairs.Exists(p => p.Source == s)).ToList();
        var extra = to.Target.Where(t => !t.Spelled && !t.IsDate && !to.Pairs.Exists(p => p.Target == t)).ToList();
        if (lost.Count == 0 || extra.Count == 0)
        {
            return;
        }

        foreach (var pair in NumberMatcher.Match(lost, extra, isImperial))
        {
            from.Pairs.Add(pair);
            to.Pairs.Add(pair);
        }
    }

    /// <summary>Whether an English figure is followed by an imperial unit, as the English may convert a metric one.</summary>
    internal static bool IsImperialUnit(string text, NumberMention t) => ImperialUnit().IsMatch(text, t.End);

    // All kinds are read so that 24일간 can meet "August 8-24"; only non-dates are reported here.
    // Offsets come back relative to the file, not the sentence.
    internal static IEnumerable<NumberMention> Mentions(Languages.ILanguageProfile profile, Segmentation.Sentence sentence) =>
        profile.Numbers.Read(sentence.Text)
            .Select(m => m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start });

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[\s\-]?(?:miles?|mph|feet|foot|ft|inch(?:es)?|in\.?(?=\s*(?:[,;)]|$|\.\s|\s+(?:long|wide|tall|high|deep|thick|across)\b))|pounds?|lbs?|square[\s\-]+(?:feet|foot|miles?)|sq\s?ft|acres?|degrees?\s+Fahrenheit|°F|F\b|gallons?|yards?)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ImperialUnit();

}
