using System.Runtime.CompilerServices;
namespace Alignment.Core.Alignment;

/// <summary>Gale-Church length model: target length ≈ ratio × source length, with variance growing with length.</summary>
internal readonly record struct LengthModel(double Ratio, double Variance)
{
    /// <summary>Probability that lengths this far apart are translations (two-sided tail of the normal).</summary>
    public double Probability(int sourceLength, int targetLength)
    {
        var mean = Math.Max(1.0, (sourceLength + (targetLength / Ratio)) / 2.0);
        var delta = (targetLength - (Ratio * sourceLength)) / Math.Sqrt(mean * Variance);
        return Erfc(Math.Abs(delta) / Math.Sqrt(2.0));
    }

    /// <summary>
    /// The cost grows linearly with the deviation (a Laplace tail, not the normal's square): a quote that the
    /// English spells out at length should weigh less than words that do not match at all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Cost(int sourceLength, int targetLength) => Math.Abs(Delta(sourceLength, targetLength));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Delta(int sourceLength, int targetLength)
    {
        var mean = Math.Max(1.0, (sourceLength + (targetLength / Ratio)) / 2.0);
        return (targetLength - (Ratio * sourceLength)) / Math.Sqrt(mean * Variance);
    }

    // Abramowitz-Stegun 7.1.26; accurate to 1e-7, plenty for a cost.
    private static double Erfc(double x)
    {
        var t = 1.0 / (1.0 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        return poly * Math.Exp(-x * x);
    }
}
