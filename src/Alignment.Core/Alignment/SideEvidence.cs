namespace Alignment.Core.Alignment;

/// <summary>What one side of a bead shares with the other, sentence by sentence.</summary>
internal static class SideEvidence
{
    /// <summary>Whether any sentence of <paramref name="side"/>[from, to) carries the anchor.</summary>
    public static bool Contains(SentenceFeatures[] side, int from, int to, int anchor)
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

    /// <summary>
    /// The sentences of a merged side that have lexicon words yet share none of them, and no number or name, with
    /// the other side. A sentence merged into a bead must bring something the other side has; one that brings
    /// nothing is more likely an omission or an addition glued to a neighbour whose length happened to fit.
    /// </summary>
    public static int UnmatchedMembers(SentenceFeatures[] side, int from, int to, SentenceFeatures[] other, int otherFrom, int otherTo, LexiconEvidence lexicon, int[] otherWords, bool isSource)
    {
        if (to - from < 2)
        {
            return 0;
        }

        var unmatched = 0;
        for (var k = from; k < to; k++)
        {
            if (side[k].Words.Length > 0 && !(isSource ? lexicon.Shares(side[k].Words, otherWords) : lexicon.Shares(otherWords, side[k].Words)) && !SharesAnchor(side[k], other, otherFrom, otherTo))
            {
                unmatched++;
            }
        }

        return unmatched;
    }

    private static bool SharesAnchor(SentenceFeatures sentence, SentenceFeatures[] other, int from, int to)
    {
        foreach (var anchor in sentence.Anchors)
        {
            if (Contains(other, from, to, anchor))
            {
                return true;
            }
        }

        return false;
    }
}
