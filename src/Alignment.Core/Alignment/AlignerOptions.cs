namespace Alignment.Core.Alignment;

/// <summary>Tunables of the aligner. Defaults fit Korean→English news: English runs about twice the characters.</summary>
public sealed record AlignerOptions
{
    /// <summary>Expected target characters per source character, before per-document estimation.</summary>
    public double LengthRatio { get; init; } = 2.0;

    /// <summary>Variance of target length per source character (Gale-Church s²).</summary>
    public double LengthVariance { get; init; } = 80.0;

    /// <summary>Cost of leaving a sentence unpaired (an omission or an addition).</summary>
    public double SkipCost { get; init; } = 2.0;

    /// <summary>
    /// Reward per lexical anchor found on both sides (a number, an acronym, a glossary pair, a name), divided by the
    /// number of sentences near the bead that hold it (see <see cref="AnchorSpread"/>).
    /// </summary>
    public double AnchorReward { get; init; } = 1.0;

    /// <summary>Penalty per anchor on one side only.</summary>
    public double AnchorPenalty { get; init; } = 1.0;

    /// <summary>Weight of the lexicon overlap (Dice, 0..1) of a pair.</summary>
    public double LexiconWeight { get; init; } = 6.0;

    /// <summary>Cost per sentence of a merged bead (2-1, 1-2…) that shares no lexicon word, number or name with the other side.</summary>
    public double UnmatchedMemberPenalty { get; init; } = 3.0;

    /// <summary>
    /// Cost of a pair whose sides have at least <see cref="UnsharedPairMinimumWords"/> lexicon words each yet share
    /// none of them, and no number or name. Of the dev split's pairs judged translations (its line audit), none with
    /// five words a side shares nothing (0 of 702), against a third of neighbouring pairs (448 of 1,305); with four,
    /// 2 of 86 translations share nothing.
    /// </summary>
    public double UnsharedPairPenalty { get; init; } = 5.0;

    /// <summary>The lexicon words each side of a pair needs before sharing none of them counts against it.</summary>
    public int UnsharedPairMinimumWords { get; init; } = 5;

    /// <summary>
    /// Share of a 1-2 or 1-3 bead's prior that is kept when its source line holds as many sentences as the target
    /// lines it meets (one-a-line input whose line was never split). On the dev split's sound pairs, shares of a fifth
    /// to a half give mean unpaired F1 0.897-0.898 over seeds 1-5, the whole prior 0.894; none loses the unperturbed
    /// pairs, while giving the whole prior back (share 0) does (strict 0.997 to 0.994).
    /// </summary>
    public double UnsplitLinePriorShare { get; init; } = 1 / 3.0;

    /// <summary>Cost of a bead that joins sentences across a paragraph break: translations keep paragraphs.</summary>
    public double ParagraphPenalty { get; init; } = 4.0;

    /// <summary>
    /// Cost of a pair whose sentences sit in paragraphs of different rank (the third Korean paragraph, the fourth
    /// English one), once the texts are found to keep their paragraphs: more than leaving both sentences unpaired.
    /// </summary>
    public double ParagraphShiftPenalty { get; init; } = 5.0;

    /// <summary>Share of a first alignment's pairs that must join paragraphs of the same rank for the texts to count as keeping their paragraphs.</summary>
    public double ParagraphAgreement { get; init; } = 0.8;

    /// <summary>
    /// How many source sentences either side of an English weekday the pairs that tell its day may lie, and the days
    /// it may stand for (see <see cref="WeekdayLinks"/>). On the dev split any width from 8 to 40 gives the same
    /// figures but one region.
    /// </summary>
    public int WeekdayWindow { get; init; } = 12;

    /// <summary>Above this many DP cells the search runs in a band around the diagonal, keeping time and memory linear.</summary>
    public long FullSearchCells { get; init; } = 250_000;

    /// <summary>
    /// Half-width of the corridor around the coarse path in which the fine search runs. A merge moves the path at most
    /// two cells from the one-to-one path; on 1,000-line documents of the dev split, widths 2 to 6 gave the same
    /// beads even with a fifth of the sentences dropped or merged, and the fine search takes time in proportion to it.
    /// </summary>
    public int CorridorWidth { get; init; } = 4;

    /// <summary>Half-width of the band, in target sentences.</summary>
    public int BandHalfWidth { get; init; } = 60;

    /// <summary>
    /// Half-width of the band the first pass tries before <see cref="BandHalfWidth"/>: the whole band is searched
    /// only when the path found in this one comes within five sentences of its edge.
    /// </summary>
    public int NarrowBandHalfWidth { get; init; } = 20;

    /// <summary>
    /// Temperature, in cost units, at which the fine search reads costs as probabilities (e^(-cost / T)) and keeps the
    /// path with the most sentences expected in their right bead; 0 keeps the cheapest path instead. Between 0.05
    /// and 0.3 the dev split's figures barely move; at 1.0 and above the search starts to split true pairs.
    /// </summary>
    public double PosteriorTemperature { get; init; } = 0.15;

    public static AlignerOptions Default { get; } = new();
}
