using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>Pairs source and target numbers of equal value, leaving the unmatched ones for reporting.</summary>
internal static class NumberMatcher
{
    // Metric to the imperial units English news converts to: km→miles, m→feet, cm/mm→inches, kg→pounds, m²→sq ft,
    // hectares→acres, litres→gallons.
    private static readonly decimal[] Conversions = [0.621371m, 3.28084m, 0.393701m, 0.0393701m, 2.20462m, 10.7639m, 2.47105m, 0.264172m, 1.09361m];

    public static List<(NumberMention Source, NumberMention Target)> Match(List<NumberMention> source, List<NumberMention> target, Func<NumberMention, bool> isImperial)
    {
        var pairs = new List<(NumberMention, NumberMention)>();
        var free = new List<NumberMention>(target);

        // Written digits first, so that a spelled "one" does not take the 1 that a "1st" should have; and figures
        // before dates, so that the day 18일 (often a weekday in English) does not take the 18 of 만 18세. Numbers of
        // one kind meet first: the 1 of 1명당 must not take the "1 percentage point" that 1%포인트 needs.
        var pending = source.OrderBy(m => m.Spelled).ThenBy(m => m.IsDate).ToList();
        foreach (var sameKind in (bool[])[true, false])
        {
            foreach (var s in pending.ToList())
            {
                // A share the English gives as a fraction ("a third" for 33%) meets it within the fraction's rounding.
                var t = free.Where(t => (!sameKind || t.Kind == s.Kind) && Meets(s, t, isImperial)).OrderBy(t => t.Spelled).ThenBy(t => t.Kind == s.Kind ? 0 : 1).FirstOrDefault();
                if (t is not null)
                {
                    pairs.Add((s, t));
                    free.Remove(t);
                    pending.Remove(s);
                }
            }
        }

        return pairs;
    }

    private static bool Meets(NumberMention s, NumberMention t, Func<NumberMention, bool> isImperial) =>
        Same(s.Value, t.Value) || s.Alternates.Any(a => Same(a, t.Value)) || (s.Below is { } below && t.Value >= s.Value && t.Value < below) || (isImperial(t) && Converted(s.Value, t.Value))
        || (s.Kind == NumberKind.Percent && t.Kind == NumberKind.Percent && t.Alternates.Any(a => Same(s.Value, a)));

    /// <summary>A metric value and its imperial conversion, rounded as newsrooms round (within 10%); °C to °F too.</summary>
    private static bool Converted(decimal metric, decimal imperial) =>
        Conversions.Any(f => Math.Abs((metric * f) - imperial) <= Math.Abs(metric * f) * 0.1m)
        || Math.Abs((metric * 9 / 5) + 32 - imperial) <= 2;

    /// <summary>Equal, allowing the rounding of a scaled figure (1조1,950억 written as 1.2 trillion).</summary>
    public static bool Same(decimal a, decimal b)
    {
        if (a == b)
        {
            return true;
        }

        // Prices quoted to four places in one language and three in the other (3.0344 and 3.034) are one figure.
        var max = Math.Max(Math.Abs(a), Math.Abs(b));
        return (max >= 1_000_000m && Math.Abs(a - b) <= max * 0.005m) || (Decimals(a) + Decimals(b) >= 6 && Math.Abs(a - b) <= max * 0.0005m);
    }

    private static int Decimals(decimal value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
