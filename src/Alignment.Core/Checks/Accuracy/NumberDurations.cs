using Alignment.Core.Numbers;
using Alignment.Core.Numbers.Units;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>Lengths of time in a bead: the same length in another unit, or another length spelled out.</summary>
internal static class NumberDurations
{
    public static List<(NumberMention Source, NumberMention Target)> Same(DocumentContext context, List<NumberMention> lost, List<NumberMention> extra)
    {
        var pairs = new List<(NumberMention, NumberMention)>();
        foreach (var s in lost)
        {
            if ((s.Spelled ? NativeUnit(s.Text) : UnitReader.AfterKorean(context.Source.Text, s)?.Unit) is not { Dimension: "duration" } unit)
            {
                continue;
            }

            var length = UnitReader.InBaseUnit(unit, s.Value).Value;
            var t = extra.FirstOrDefault(t => !pairs.Exists(p => p.Item2 == t) && UnitReader.AfterEnglish(context.Target.Text, t) is { Unit.Dimension: "duration" } english
                && Math.Abs(UnitReader.InBaseUnit(english.Unit, t.Value).Value - length) <= 0.02 * length);
            if (t is not null)
            {
                pairs.Add((s, t));
            }
        }

        return pairs;
    }

    // A length of time spelled out on either side ("in two years" for 12년 만, "two months" for 석 달): one left on
    // each side, of other lengths.
    public static IEnumerable<(NumberMention Source, NumberMention Target)> Changed(DocumentContext context, List<NumberMention> lost, List<NumberMention> left)
    {
        var korean = lost.Select(s => (Mention: s, Unit: s.Spelled ? NativeUnit(s.Text) : UnitReader.AfterKorean(context.Source.Text, s)?.Unit))
            .Where(k => k.Unit is { Dimension: "duration" }).ToList();
        var english = left.Select(t => (Mention: t, Unit: UnitReader.AfterEnglish(context.Target.Text, t)?.Unit)).Where(e => e.Unit is { Dimension: "duration" }).ToList();
        if (korean.Count != 1 || english.Count != 1 || !(korean[0].Mention.Spelled || english[0].Mention.Spelled))
        {
            return [];
        }

        var (length, written) = (UnitReader.InBaseUnit(korean[0].Unit!, korean[0].Mention.Value).Value, UnitReader.InBaseUnit(english[0].Unit!, english[0].Mention.Value).Value);
        return Math.Abs(written - length) > 0.02 * length ? [(korean[0].Mention, english[0].Mention)] : [];
    }

    // The length a native count holds in its counter: 석 달, 두 해, 세 시간.
    private static MeasureUnit? NativeUnit(string text) =>
        text.EndsWith('달') ? UnitReader.ById("month") : text.EndsWith('해') ? UnitReader.ById("year") : text.EndsWith("시간", StringComparison.Ordinal) ? UnitReader.ById("hour") : null;
}
