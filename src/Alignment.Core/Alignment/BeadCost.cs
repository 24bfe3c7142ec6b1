namespace Alignment.Core.Alignment;

/// <summary>Cost and score of pairing a run of source sentences with a run of target sentences.</summary>
internal sealed class BeadCost
{
    private readonly SentenceFeatures[] source;
    private readonly SentenceFeatures[] target;
    private readonly AlignerOptions options;
    private readonly int[] sourcePrefix;
    private readonly int[] targetPrefix;

    public BeadCost(SentenceFeatures[] source, SentenceFeatures[] target, AlignerOptions options, LengthModel model)
    {
        this.source = source;
        this.target = target;
        this.options = options;
        Model = model;
        sourcePrefix = Prefix(source);
        targetPrefix = Prefix(target);
    }

    public LengthModel Model { get; }

    public double Cost(int i0, int i1, int j0, int j1)
    {
        if (i0 == i1 || j0 == j1)
        {
            return options.SkipCost;
        }

        var (matched, unmatched) = Anchors(i0, i1, j0, j1);
        var length = Model.Cost(sourcePrefix[i1] - sourcePrefix[i0], targetPrefix[j1] - targetPrefix[j0]);
        return length - (options.AnchorReward * matched) + (options.AnchorPenalty * unmatched);
    }

    /// <summary>A confidence in [0, 1]: the length model's probability, averaged with anchor agreement where there are anchors.</summary>
    public double Score(int i0, int i1, int j0, int j1)
    {
        if (i0 == i1 || j0 == j1)
        {
            return 0;
        }

        var p = Model.Probability(sourcePrefix[i1] - sourcePrefix[i0], targetPrefix[j1] - targetPrefix[j0]);
        var (matched, unmatched) = Anchors(i0, i1, j0, j1);
        return matched + unmatched == 0 ? 0.75 * p : (p + ((double)matched / (matched + unmatched))) / 2;
    }

    private (int Matched, int Unmatched) Anchors(int i0, int i1, int j0, int j1)
    {
        int matched = 0, unmatched = 0;
        for (var i = i0; i < i1; i++)
        {
            foreach (var a in source[i].Anchors)
            {
                if (Contains(target, j0, j1, a))
                {
                    matched++;
                }
                else if (Array.BinarySearch(source[i].StrongAnchors, a) >= 0)
                {
                    unmatched++;
                }
            }
        }

        for (var j = j0; j < j1; j++)
        {
            foreach (var a in target[j].StrongAnchors)
            {
                if (!Contains(source, i0, i1, a))
                {
                    unmatched++;
                }
            }
        }

        return (matched, unmatched);
    }

    private static bool Contains(SentenceFeatures[] side, int from, int to, int anchor)
    {
        for (var k = from; k < to; k++)
        {
            if (Array.BinarySearch(side[k].Anchors, anchor) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] Prefix(SentenceFeatures[] side)
    {
        var prefix = new int[side.Length + 1];
        for (var k = 0; k < side.Length; k++)
        {
            prefix[k + 1] = prefix[k] + side[k].Length;
        }

        return prefix;
    }
}
