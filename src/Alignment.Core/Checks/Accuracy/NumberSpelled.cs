using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// A count spelled out on one side and changed: "all four reactors" for 원전 5기, "Twelve bills" opening a sentence
/// for 14건, "more than twice" for 세 배가
///넘는다. Spelled numbers are idiom as often as counts ("one of the", "the two sides"), so only where the bead has
/// one such count left on each side, the Korean one counting something (a counter after it), and at least one of
/// them spelled.
/// </summary>
internal static partial class NumberSpelled
{
    public static IEnumerable<(NumberMention Source, NumberMention Target)> Changed(DocumentContext context, List<NumberMention> lost, List<NumberMention> left)
    {
        var text = context.Source.Text;
        var korean = lost.Where(s => !s.IsDate && s.Kind is NumberKind.Cardinal or NumberKind.Multiplier && s.Value is >= 2 and <= 99
            && (s.Spelled || CountedFigure.Is(text, s))).ToList();
        var english = left.Where(t => !t.IsDate && t.Kind is NumberKind.Cardinal or NumberKind.Multiplier && t.Value is >= 2 and <= 99
            && !Idiom().IsMatch(context.Target.Text.AsSpan(t.Start, Math.Min(24, context.Target.Text.Length - t.Start))) && !InBrackets(context.Target.Text, t.Start)).ToList();
        // Past ten on both sides or neither: "five decades" for 50년 and "three dozen" for 36명 count in other units.
        return korean.Count == 1 && english.Count == 1 && korean[0].Value != english[0].Value && (korean[0].Spelled || english[0].Spelled)
            && (korean[0].Value > 10) == (english[0].Value > 10)
            && Multiplies(context.Source.Text, korean[0]) == Multiplies(context.Target.Text, english[0])
            ? [(korean[0], english[0])] : [];
    }

    // "10 feet (three meters)": a conversion the translator added, in brackets after the figure it converts.
    private static bool InBrackets(string text, int start)
    {
        var open = text.LastIndexOf('(', start);
        return open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close > start) && start - open < 40;
    }

    // 세 배, 3배; "twice", "three times", "doubled": a factor meets only a factor.
    private static bool Multiplies(string text, NumberMention m) =>
        m.Kind == NumberKind.Multiplier || m.Text.EndsWith('배') || (m.End < text.Length && text[m.End] == '배')
        || Factor().IsMatch(text.AsSpan(m.Start, Math.Min(24, text.Length - m.Start)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:twice|double[ds]?|triple[ds]?|(?:two|three|four|five|six|seven|eight|nine|ten)[\s-]?(?:times|fold))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Factor();

    // "both", "the two sides", "a couple of": words that hold a number without counting.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:both|couple|pair|bilateral|trilateral|dozens?|two\s+(?:sides|countries|nations|leaders|koreas|ministers|men|parties))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Idiom();
}
