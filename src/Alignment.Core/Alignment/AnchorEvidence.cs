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
    private readonly AnchorSpread sourceSpread;
    private readonly AnchorSpread targetSpread;

    public AnchorEvidence(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        sourceAnchors = new RunUnions<int>(source.Select(s => s.Anchors).ToArray());
        sourceStrong = new RunUnions<int>(source.Select(s => s.StrongAnchors).ToArray());
        targetAnchors = new RunUnions<int>(target.Select(s => s.Anchors).ToArray());
        targetStrong = new RunUnions<int>(target.Select(s => s.StrongAnchors).ToArray());
        var anchorCount = source.Concat(target).SelectMany(s => s.Anchors).DefaultIfEmpty(-1).Max() + 1;
        sourceSpread = new AnchorSpread(source, anchorCount);
        targetSpread = new AnchorSpread(target, anchorCount);
    }

    /// <summary>
    /// The shared anchors, each weighed by one over the number of sentences near the bead that hold it on the side
    /// where it is commoner (so at most their count), and the strong anchors of either side that the other lacks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Reward, int Unmatched) Weigh(int i0, int i1, int j0, int j1)
    {
        var source = sourceAnchors.Of(i0, i1);
        var target = targetAnchors.Of(j0, j1);
        var reward = 0.0;
        int x = 0, y = 0;
        while (x < source.Length && y < target.Length)
        {
            if (source[x] == target[y])
            {
                reward += 1.0 / Math.Max(1, Math.Max(sourceSpread.Around(source[x], i0), targetSpread.Around(source[x], j0)));
                x++;
                y++;
            }
            else if (source[x] < target[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return (reward, Unmatched(i0, i1, j0, j1, source, target));
    }

    /// <summary>Anchors on both sides, and strong anchors of either side that the other lacks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Matched, int Unmatched) Count(int i0, int i1, int j0, int j1)
    {
        var source = sourceAnchors.Of(i0, i1);
        var target = targetAnchors.Of(j0, j1);
        return (Common(source, target), Unmatched(i0, i1, j0, j1, source, target));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Unmatched(int i0, int i1, int j0, int j1, int[] source, int[] target) =>
        sourceStrong.Of(i0, i1).Length - Common(sourceStrong.Of(i0, i1), target)
        + targetStrong.Of(j0, j1).Length - Common(targetStrong.Of(j0, j1), source);

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
