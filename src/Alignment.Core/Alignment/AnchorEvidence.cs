using System.Runtime.CompilerServices;

namespace Alignment.Core.Alignment;

/// <summary>
/// The numbers, Latin-script tokens, names and glossary pairs two runs of sentences share, and the strong ones
/// (a figure, an acronym, a glossary term) that only one side has.
/// </summary>
internal sealed class AnchorEvidence
{
    private readonly RunUnions<int> sourceAnchors;
    private readonly RunUnions<int> sourceStrong;
    private readonly RunUnions<int> targetAnchors;
    private readonly RunUnions<int> targetStrong;

    public AnchorEvidence(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        sourceAnchors = new RunUnions<int>(source.Select(s => s.Anchors).ToArray());
        sourceStrong = new RunUnions<int>(source.Select(s => s.StrongAnchors).ToArray());
        targetAnchors = new RunUnions<int>(target.Select(s => s.Anchors).ToArray());
        targetStrong = new RunUnions<int>(target.Select(s => s.StrongAnchors).ToArray());
    }

    /// <summary>Anchors on both sides, and strong anchors of either side that the other lacks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Matched, int Unmatched) Count(int i0, int i1, int j0, int j1)
    {
        var source = sourceAnchors.Of(i0, i1);
        var target = targetAnchors.Of(j0, j1);
        var matched = Common(source, target);
        var unmatched = sourceStrong.Of(i0, i1).Length - Common(sourceStrong.Of(i0, i1), target)
            + targetStrong.Of(j0, j1).Length - Common(targetStrong.Of(j0, j1), source);
        return (matched, unmatched);
    }

    /// <summary>The most anchors the two runs could share: as many as the side with fewer has.</summary>
    public int MostShared(int i0, int i1, int j0, int j1) => Math.Min(sourceAnchors.Of(i0, i1).Length, targetAnchors.Of(j0, j1).Length);

    /// <summary>Whether source sentence k of the run [i0, i1) shares with target [j0, j1) an anchor no other sentence of its run has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SourceMemberAdds(int k, int i0, int i1, int j0, int j1) => MemberAdds(sourceAnchors, k, i0, i1, targetAnchors.Of(j0, j1));

    /// <summary>Whether target sentence k of the run [j0, j1) shares with source [i0, i1) an anchor no other sentence of its run has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TargetMemberAdds(int k, int j0, int j1, int i0, int i1) => MemberAdds(targetAnchors, k, j0, j1, sourceAnchors.Of(i0, i1));

    private static bool MemberAdds(RunUnions<int> side, int k, int from, int to, int[] other)
    {
        foreach (var anchor in side.Of(k, k + 1))
        {
            if (Array.BinarySearch(other, anchor) < 0)
            {
                continue;
            }

            var alone = true;
            for (var m = from; m < to && alone; m++)
            {
                alone = m == k || Array.BinarySearch(side.Of(m, m + 1), anchor) < 0;
            }

            if (alone)
            {
                return true;
            }
        }

        return false;
    }

    // Both arrays are sorted without repeats.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Common(int[] a, int[] b)
    {
        int x = 0, y = 0, common = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                common++;
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return common;
    }
}
