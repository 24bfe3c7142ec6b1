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
    public static int UnmatchedMembers(SentenceFeatures[] side, int from, int to, SentenceFeatures[] other, int otherFrom, int otherTo, int[] otherWords)
    {
        if (to - from < 2)
        {
            return 0;
        }

        var unmatched = 0;
        for (var k = from; k < to; k++)
        {
            if (side[k].Words.Length > 0 && !Intersects(side[k].Words, otherWords) && !SharesAnchor(side[k], other, otherFrom, otherTo))
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

    // Both arrays are sorted ids.
    private static bool Intersects(int[] a, int[] b)
    {
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                return true;
            }

            if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return false;
    }
}
