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
    /// the other side, counted over both sides. A sentence merged into a bead must bring something the other side
    /// has; one that brings nothing is more likely an omission or an addition glued to a neighbour whose length
    /// happened to fit.
    /// </summary>
    public static int UnmatchedMembers(SentenceFeatures[] source, int i0, int i1, SentenceFeatures[] target, int j0, int j1, LexiconEvidence lexicon)
    {
        var unmatched = 0;
        for (var k = i0; i1 - i0 > 1 && k < i1; k++)
        {
            unmatched += source[k].Words.Length > 0 && !lexicon.Shares(k, k + 1, j0, j1) && !SharesAnchor(source[k], target, j0, j1) ? 1 : 0;
        }

        for (var k = j0; j1 - j0 > 1 && k < j1; k++)
        {
            unmatched += target[k].Words.Length > 0 && !lexicon.Shares(i0, i1, k, k + 1) && !SharesAnchor(target[k], source, i0, i1) ? 1 : 0;
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
