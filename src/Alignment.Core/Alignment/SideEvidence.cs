using System.Runtime.CompilerServices;

namespace Alignment.Core.Alignment;

/// <summary>What each sentence of a merged bead shares with the other side.</summary>
internal static class SideEvidence
{
    /// <summary>
    /// The sentences of a merged side that have lexicon words yet share none of them, and no number or name, with
    /// the other side, counted over both sides. A sentence merged into a bead must bring something the other side
    /// has, and something its fellow members do not already bring: one that brings nothing, or only what a
    /// neighbour shares too (the story's topic word, a name the story repeats), is more likely an omission or an
    /// addition glued to a neighbour whose length happened to fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int UnmatchedMembers(SentenceFeatures[] source, int i0, int i1, SentenceFeatures[] target, int j0, int j1, LexiconEvidence lexicon, AnchorEvidence anchors)
    {
        var unmatched = 0;
        for (var k = i0; i1 - i0 > 1 && k < i1; k++)
        {
            unmatched += source[k].Words.Length > 0 && !lexicon.SourceMemberAdds(k, i0, i1, j0, j1) && !anchors.SourceMemberAdds(k, i0, i1, j0, j1) ? 1 : 0;
        }

        for (var k = j0; j1 - j0 > 1 && k < j1; k++)
        {
            unmatched += target[k].Words.Length > 0 && !lexicon.TargetMemberAdds(k, j0, j1, i0, i1) && !anchors.TargetMemberAdds(k, j0, j1, i0, i1) ? 1 : 0;
        }

        return unmatched;
    }
}
