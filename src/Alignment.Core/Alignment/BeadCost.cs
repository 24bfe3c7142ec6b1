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
    private readonly double[] sourceTotals;
    private readonly double[] targetTotals;

    public BeadCost(SentenceFeatures[] source, SentenceFeatures[] target, AlignerOptions options, LengthModel model)
    {
        this.source = source;
        this.target = target;
        this.options = options;
        Model = model;
        sourcePrefix = Prefix(source);
        targetPrefix = Prefix(target);
        weights = Weights(source, target);
        sourceTotals = source.Select(f => Sum(f.Words)).ToArray();
        targetTotals = target.Select(f => Sum(f.Words)).ToArray();
    }

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
            return options.SkipCost;
        }

        var (matched, unmatched) = Anchors(i0, i1, j0, j1);
        var length = Model.Cost(sourcePrefix[i1] - sourcePrefix[i0], targetPrefix[j1] - targetPrefix[j0]);
        var paragraphs = source[i1 - 1].Paragraph - source[i0].Paragraph + target[j1 - 1].Paragraph - target[j0].Paragraph;
        return length - (options.AnchorReward * matched) + (options.AnchorPenalty * unmatched) - (options.LexiconWeight * WordOverlap(i0, i1, j0, j1) * (i1 - i0 + j1 - j0) / 2.0)
            + (options.ParagraphPenalty * paragraphs);
    }

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

        if (Count(source, i0, i1) + Count(target, j0, j1) > 0)
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
        // One sentence a side (most evaluations): its sorted ids are used in place, its weight total precomputed.
        var singleLeft = i1 - i0 == 1;
        var singleRight = j1 - j0 == 1;
        Span<int> leftBuffer = singleLeft ? Span<int>.Empty : stackalloc int[Count(source, i0, i1)];
        Span<int> rightBuffer = singleRight ? Span<int>.Empty : stackalloc int[Count(target, j0, j1)];
        ReadOnlySpan<int> left = singleLeft ? source[i0].Words : leftBuffer[..Gather(source, i0, i1, leftBuffer)];
        ReadOnlySpan<int> right = singleRight ? target[j0].Words : rightBuffer[..Gather(target, j0, j1, rightBuffer)];
        if (left.Length + right.Length == 0)
        {
            return 0;
        }

        var total = (singleLeft ? sourceTotals[i0] : Sum(left)) + (singleRight ? targetTotals[j0] : Sum(right));
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

        return 2.0 * common / total;
    }

    private double Sum(ReadOnlySpan<int> words)
    {
        var sum = 0.0;
        foreach (var w in words)
        {
            sum += weights[w];
        }

        return sum;
    }

    private static int Count(SentenceFeatures[] side, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            n += side[k].Words.Length;
        }

        return n;
    }

    // Sorted, de-duplicated union of the ranges' entries, written into the buffer; returns its length.
    // The sorted union of the sentences' (sorted) ids, merged rather than sorted: beads span at most three sentences.
    private static int Gather(SentenceFeatures[] side, int from, int to, Span<int> buffer)
    {
        Span<int> next = stackalloc int[to - from];
        var n = 0;
        while (true)
        {
            var best = int.MaxValue;
            for (var k = 0; k < next.Length; k++)
            {
                var words = side[from + k].Words;
                if (next[k] < words.Length && words[next[k]] < best)
                {
                    best = words[next[k]];
                }
            }

            if (best == int.MaxValue)
            {
                return n;
            }

            buffer[n++] = best;
            for (var k = 0; k < next.Length; k++)
            {
                var words = side[from + k].Words;
                if (next[k] < words.Length && words[next[k]] == best)
                {
                    next[k]++;
                }
            }
        }
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
