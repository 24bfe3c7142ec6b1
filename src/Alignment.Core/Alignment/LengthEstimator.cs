namespace Alignment.Core.Alignment;

/// <summary>Estimates a document's own length ratio and variance from the confident one-to-one beads of a first pass.</summary>
internal static class LengthEstimator
{
    private const int MinimumPairs = 6;
    private const double ConfidentScore = 0.5;

    // However many pairs there are, the prior keeps a quarter of the say. The confident pairs were picked partly
    // for fitting the first pass's length model, so their spread understates the variance, and a long document
    // mixes stories and translators: trusting it fully made 1,000-line documents align worse than 40-line ones.
    private const double MaximumWeight = 0.75;

    public static bool TryEstimate(List<(int I0, int I1, int J0, int J1)> path, SentenceFeatures[] source, SentenceFeatures[] target, BeadCost cost, out LengthModel model)
    {
        var pairs = path
            .Where(p => p.I1 - p.I0 == 1 && p.J1 - p.J0 == 1 && source[p.I0].Length > 0 && cost.Score(p.I0, p.I1, p.J0, p.J1) >= ConfidentScore)
            .Select(p => (Source: (double)source[p.I0].Length, Target: (double)target[p.J0].Length))
            .ToList();
        model = cost.Model;
        if (pairs.Count < MinimumPairs)
        {
            return false;
        }

        var ratio = pairs.Sum(p => p.Target) / pairs.Sum(p => p.Source);
        var variance = pairs.Average(p => Math.Pow(p.Target - (ratio * p.Source), 2) / p.Source);

        // Shrink towards the prior: a handful of pairs should not make the model brittle.
        var weight = Math.Min(MaximumWeight, pairs.Count / (pairs.Count + 10.0));
        ratio = (weight * ratio) + ((1 - weight) * cost.Model.Ratio);
        variance = Math.Clamp((weight * variance) + ((1 - weight) * cost.Model.Variance), 4.0, 150.0);
        model = new LengthModel(ratio, variance);
        return true;
    }
}
