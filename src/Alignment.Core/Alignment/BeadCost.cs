using System.Runtime.CompilerServices;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Alignment;

/// <summary>Cost and score of pairing a run of source sentences with a run of target sentences.</summary>
internal sealed class BeadCost
{
    private readonly SentenceFeatures[] source;
    private readonly SentenceFeatures[] target;
    private readonly AlignerOptions options;
    private readonly int[] sourcePrefix;
    private readonly int[] targetPrefix;
    private readonly LexiconEvidence lexicon;
    private readonly AnchorEvidence anchors;
    private readonly int[]? sourceParagraph;
    private readonly int[]? targetParagraph;
    private readonly bool keepsParagraphs;

    public BeadCost(SentenceFeatures[] source, SentenceFeatures[] target, AlignerOptions options, LengthModel model, Lexicon? lexicon)
    {
        this.source = source;
        this.target = target;
        this.options = options;
        Model = model;
        Skip = options.SkipCost;
        sourcePrefix = Prefix(source);
        targetPrefix = Prefix(target);
        this.lexicon = new LexiconEvidence(lexicon, source, target);
        anchors = new AnchorEvidence(source, target);
        (sourceParagraph, targetParagraph) = CorrespondingParagraphs(source, target);
    }

    private BeadCost(BeadCost other, LengthModel model, bool keepsParagraphs)
    {
        (source, target, options) = (other.source, other.target, other.options);
        (sourcePrefix, targetPrefix, lexicon, anchors) = (other.sourcePrefix, other.targetPrefix, other.lexicon, other.anchors);
        (sourceParagraph, targetParagraph) = (other.sourceParagraph, other.targetParagraph);
        Model = model;
        Skip = other.Skip;
        this.keepsParagraphs = keepsParagraphs && sourceParagraph is not null;
    }

    // The same lexicon evidence (the words are the same) with the target's anchors as given.
    private BeadCost(BeadCost other, SentenceFeatures[] target)
        : this(other, other.Model, other.keepsParagraphs)
    {
        this.target = target;
        anchors = new AnchorEvidence(source, target);
    }

    /// <summary>The same costs with target anchors added to the sentences (their words, lengths and paragraphs unchanged).</summary>
    public BeadCost WithTargetAnchors(SentenceFeatures[] target) => new(this, target);

    /// <summary>
    /// The same evidence under this document's own length model, and with pairs across corresponding paragraphs
    /// penalised when the translation is known to keep the story's paragraphs.
    /// </summary>
    public BeadCost With(LengthModel model, bool keepsParagraphs) => new(this, model, keepsParagraphs);

    /// <summary>
    /// Whether both texts have the same number of paragraphs (more than one) and at least
    /// <see cref="AlignerOptions.ParagraphAgreement"/> of the pairs of a first alignment pair sentences of the
    /// paragraphs at the same rank: then the translation kept the paragraphs, and a pair across ranks is unlikely.
    /// </summary>
    public bool KeepsParagraphs(IReadOnlyList<(int I0, int I1, int J0, int J1)> path)
    {
        var pairs = path.Where(p => p.I1 > p.I0 && p.J1 > p.J0).ToList();
        return sourceParagraph is not null && pairs.Count > 0
            && pairs.Count(p => sourceParagraph[p.I0] == targetParagraph![p.J0]) >= options.ParagraphAgreement * pairs.Count;
    }

    /// <summary>Cost of leaving one sentence unpaired.</summary>
    public double Skip { get; }

    public LengthModel Model { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cost(int i0, int i1, int j0, int j1) => Cost(i0, i1, j0, j1, double.PositiveInfinity);

    /// <summary>
    /// The cost, or, once the evidence terms alone reach <paramref name="bound"/>, a value at least
    /// <paramref name="bound"/>: the terms left are penalties (never negative), so the bead cannot beat the search's
    /// best and the dearest of them, the members' evidence, need not be worked out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cost(int i0, int i1, int j0, int j1, double bound)
    {
        if (i0 == i1 || j0 == j1)
        {
            return Skip;
        }

        // The cheapest the bead could be, with every anchor the smaller side has matched and every word shared: a
        // bead far from the path that cannot reach the bound even so is not worth merging its anchors and words.
        var length = Model.Cost(sourcePrefix[i1] - sourcePrefix[i0], targetPrefix[j1] - targetPrefix[j0]) - UnsplitRefund(i0, i1, j0, j1);
        var paragraphs = source[i1 - 1].Paragraph - source[i0].Paragraph + target[j1 - 1].Paragraph - target[j0].Paragraph;
        var lexicalWeight = options.LexiconWeight * (i1 - i0 + j1 - j0) / 2.0;
        var cheapest = length + (options.ParagraphPenalty * paragraphs) - lexicalWeight - (options.AnchorReward * anchors.MostShared(i0, i1, j0, j1));
        if (cheapest >= bound)
        {
            return cheapest;
        }

        var (reward, unmatched) = anchors.Weigh(i0, i1, j0, j1);
        var partial = length - (options.AnchorReward * reward) + (options.AnchorPenalty * unmatched) + (options.ParagraphPenalty * paragraphs);
        if (partial - lexicalWeight >= bound)
        {
            return partial - lexicalWeight;
        }

        var overlap = WordOverlap(i0, i1, j0, j1);
        var evidence = partial - (lexicalWeight * overlap);
        if (evidence >= bound)
        {
            return evidence;
        }

        return evidence + (options.UnmatchedMemberPenalty * UnmatchedMembers(i0, i1, j0, j1))
            + (reward == 0 && overlap == 0 && Wordy(i0, i1, j0, j1) ? options.UnsharedPairPenalty : 0)
            + (keepsParagraphs && sourceParagraph![i0] != targetParagraph![j0] ? options.ParagraphShiftPenalty : 0);
    }

    // A Korean line that holds as many sentences as the English lines it meets is, in sentences, one-to-one: most of
    // the merge's prior is given back. Not the mirror case: an English line of two sentences is most often one
    // Korean sentence the translation split, and the two Korean lines beside it are two pairs.
    private double UnsplitRefund(int i0, int i1, int j0, int j1) =>
        i1 - i0 == 1 && j1 - j0 > 1 && source[i0].Sentences == Sentences(target, j0, j1)
            ? (1 - options.UnsplitLinePriorShare) * BeadShape.PriorOf(1, j1 - j0)
            : 0;

    private static int Sentences(SentenceFeatures[] side, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            count += side[k].Sentences;
        }

        return count;
    }

    // Each sentence's paragraph as a rank (first, second…), when both texts have the same number of paragraphs and
    // more than one; otherwise nothing tells which paragraphs correspond.
    private static (int[]?, int[]?) CorrespondingParagraphs(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var (sourceRanks, sourceCount) = Ranks(source);
        var (targetRanks, targetCount) = Ranks(target);
        return sourceCount == targetCount && sourceCount > 1 ? (sourceRanks, targetRanks) : (null, null);
    }

    private static (int[] Ranks, int Count) Ranks(SentenceFeatures[] side)
    {
        var ranks = new int[side.Length];
        var count = 0;
        for (var k = 0; k < side.Length; k++)
        {
            count += k == 0 || side[k].Paragraph != side[k - 1].Paragraph ? 1 : 0;
            ranks[k] = count - 1;
        }

        return (ranks, count);
    }

    // Both sides have enough lexicon words that a translation would share at least one.
    private bool Wordy(int i0, int i1, int j0, int j1) =>
        Math.Min(lexicon.Source(i0, i1).Words.Length, lexicon.Target(j0, j1).Words.Length) >= options.UnsharedPairMinimumWords;

    private int UnmatchedMembers(int i0, int i1, int j0, int j1) =>
        i1 - i0 + j1 - j0 <= 2 ? 0 :
            SideEvidence.UnmatchedMembers(source, i0, i1, target, j0, j1, lexicon, anchors);

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
        var (matched, unmatched) = anchors.Count(i0, i1, j0, j1);
        if (matched + unmatched > 0)
        {
            sum += (double)matched / (matched + unmatched);
            parts++;
        }

        if (lexicon.Source(i0, i1).Words.Length + lexicon.Target(j0, j1).Words.Length > 0)
        {
            sum += Math.Min(1.0, 1.5 * WordOverlap(i0, i1, j0, j1));
            parts++;
        }

        return parts == 1 ? 0.75 * sum : sum / parts;
    }

    /// <summary>Whether the two sides share anything at all: a lexicon word, a number, a name, a glossary pair.</summary>
    public bool HasEvidence(int i0, int i1, int j0, int j1) => anchors.Count(i0, i1, j0, j1).Matched > 0 || WordOverlap(i0, i1, j0, j1) > 0;

    /// <summary>
    /// Whether the two sides share a number, name or glossary pair, or a fair part of their lexicon words. Texts
    /// that do not correspond still pair by length, and the search finds a chance shared word for some pairs; a
    /// fifth of the words is rare by chance (one pair in twenty in the same story) and common in a translation
    /// (nine pairs in ten).
    /// </summary>
    public bool Corresponds(int i0, int i1, int j0, int j1) => anchors.Count(i0, i1, j0, j1).Matched > 0 || WordOverlap(i0, i1, j0, j1) >= 0.2;

    /// <summary>Dice overlap of the lexicon entries on both sides: 0 when nothing is shared, 1 when all is.</summary>
    internal double WordOverlap(int i0, int i1, int j0, int j1)
    {
        return lexicon.Overlap(i0, i1, j0, j1);
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
