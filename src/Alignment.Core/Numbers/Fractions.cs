namespace Alignment.Core.Numbers;

/// <summary>
/// A fraction as a share in percent, the way the other language may give it: 3분의 2 and "two-thirds" are 66.67,
/// and "a third" stands for a rounded 33% (anything from 30% to 36%, as desks round it). Fractions are spelled
/// numbers: they confirm a match and are never reported missing.
/// </summary>
internal static class Fractions
{
    public static NumberMention Mention(decimal numerator, decimal denominator, int start, int end, string text)
    {
        var share = Math.Round(numerator * 100m / denominator, 2);
        var slack = share == 50m ? 5 : 3;
        var around = Enumerable.Range((int)Math.Round(share) - slack, (2 * slack) + 1).Select(v => (decimal)v);
        return new NumberMention(share, start, end, text, NumberKind.Percent, Spelled: true)
        {
            Alternates = [.. around, Math.Round(share, 1)],
        };
    }
}
