namespace Alignment.Core.Alignment;

/// <summary>Cost and score of pairing a run of source sentences with a run of target sentences.</summary>
internal sealed class BeadCost
{
    private readonly SentenceFeatures[] source;
    private readonly SentenceFeatures[] target;
    private readonly AlignerOptions options;
    private readonly int[] sourcePrefix;
    private readonly int[] targetPrefix;
    private readonly double[] weights;
    private readonly WordUnions sourceUnions;
    private readonly WordUnions targetUnions;

    public BeadCost(SentenceFeatures[] source, SentenceFeatures[] target, AlignerOptions options, LengthModel model)
    {
        this.source = source;
        this.target = target;
        this.options = options;
        Model = model;
        Skip = options.SkipCost;
        sourcePrefix = Prefix(source);
        targetPrefix = Prefix(target);
        weights = Weights(source, target);
        sourceUnions = new WordUnions(source, weights);
        targetUnions = new WordUnions(target, weights);
    }

    private BeadCost(BeadCost other, LengthModel model, double skip)
    {
        (source, target, options) = (other.source, other.target, other.options);
        (sourcePrefix, targetPrefix, weights) = (other.sourcePrefix, other.targetPrefix, other.weights);
        (sourceUnions, targetUnions) = (other.sourceUnions, other.targetUnions);
        Model = model;
        Skip = skip;
    }

    /// <summary>The same evidence under this document's own length model and skip cost.</summary>
    public BeadCost With(LengthModel model, double skip) => new(this, model, skip);

    /// <summary>Cost of leaving one sentence unpaired.</summary>
    public double Skip { get; }

    // A word in every sentence (said, government) tells little about which sentences pair; a rare one tells much.
    private static double[] Weights(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var size = source.Concat(target).SelectMany(s => s.Words).DefaultIfEmpty(-1).Max() + 1;
        var frequency = new int[size];
        foreach (var sentence in source.Concat(target))
        {
            foreach (var word in sentence.Words)
            {
                frequency[word]++;
            }
        }

        var n = source.Length + target.Length;
        var weights = new double[size];
        for (var w = 0; w < size; w++)
        {
            weights[w] = frequency[w] == 0 ? 0 : Math.Log(1.0 + (n / (double)frequency[w]));
        }

        return weights;
    }

    public LengthModel Model { get; }

    public double Cost(int i0, int i1, int j0, int j1)
    {
        if (i0 == i1 || j0 == j1)
        {
            return Skip;
        }

        var (matched, unmatched) = Anchors(i0, i1, j0, j1);
        var length = Model.Cost(sourcePrefix[i1] - sourcePrefix[i0], targetPrefix[j1] - targetPrefix[j0]);
        var paragraphs = source[i1 - 1].Paragraph - source[i0].Paragraph + target[j1 - 1].Paragraph - target[j0].Paragraph;
        return length - (options.AnchorReward * matched) + (options.AnchorPenalty * unmatched) - (options.LexiconWeight * WordOverlap(i0, i1, j0, j1) * (i1 - i0 + j1 - j0) / 2.0)
            + (options.ParagraphPenalty * paragraphs) + (options.UnmatchedMemberPenalty * UnmatchedMembers(i0, i1, j0, j1));
    }

    private int UnmatchedMembers(int i0, int i1, int j0, int j1) =>
        i1 - i0 + j1 - j0 <= 2 ? 0 :
            SideEvidence.UnmatchedMembers(source, i0, i1, target, j0, j1, targetUnions.Of(j0, j1).Words)
            + SideEvidence.UnmatchedMembers(target, j0, j1, source, i0, i1, sourceUnions.Of(i0, i1).Words);

    /// <summary>
    /// A confidence in [0, 1]: the mean of the length model's probability, anchor agreement (where there are
    /// anchors) and lexicon overlap (where there are lexicon words). Unpaired beads score 0.
    /// </summary>
    public double Score(int i0, int i1, int j0, int j1)
    {
        if (i0 == i1 || j0 == j1)
        {
            return 0;
        }

        var sum = Model.Probability(sourcePrefix[i1] - sourcePrefix[i0], targetPrefix[j1] - targetPrefix[j0]);
        var parts = 1;
        var (matched, unmatched) = Anchors(i0, i1, j0, j1);
        if (matched + unmatched > 0)
        {
            sum += (double)matched / (matched + unmatched);
            parts++;
        }

        if (sourceUnions.Of(i0, i1).Words.Length + targetUnions.Of(j0, j1).Words.Length > 0)
        {
            sum += Math.Min(1.0, 2.5 * WordOverlap(i0, i1, j0, j1));
            parts++;
        }

        return parts == 1 ? 0.75 * sum : sum / parts;
    }

    /// <summary>Whether the two sides share anything at all: a lexicon word, a number, a name, a glossary pair.</summary>
    public bool HasEvidence(int i0, int i1, int j0, int j1) => Anchors(i0, i1, j0, j1).Matched > 0 || WordOverlap(i0, i1, j0, j1) > 0;

    /// <summary>Dice overlap of the lexicon entries on both sides: 0 when nothing is shared, 1 when all is.</summary>
    internal double WordOverlap(int i0, int i1, int j0, int j1)
    {
        // The unions of two and three consecutive sentences are computed once, not for every bead tried.
        var (left, leftTotal) = sourceUnions.Of(i0, i1);
        var (right, rightTotal) = targetUnions.Of(j0, j1);
        if (left.Length + right.Length == 0)
        {
            return 0;
        }

        int a = 0, b = 0;
        double common = 0;
        while (a < left.Length && b < right.Length)
        {
            if (left[a] == right[b])
            {
                common += weights[left[a]];
                a++;
                b++;
            }
            else if (left[a] < right[b])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return 2.0 * common / (leftTotal + rightTotal);
    }

    private (int Matched, int Unmatched) Anchors(int i0, int i1, int j0, int j1)
    {
        int matched = 0, unmatched = 0;
        for (var i = i0; i < i1; i++)
        {
            foreach (var a in source[i].Anchors)
            {
                if (SideEvidence.Contains(target, j0, j1, a))
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
                if (!SideEvidence.Contains(source, i0, i1, a))
                {
                    unmatched++;
                }
            }
        }

        return (matched, unmatched);
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
