using Alignment.Core.Glossary;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Checks;

/// <summary>Compares a (hits, side) pair by the identity of both: two equal-looking lists are still two lists.</summary>
internal sealed class ReferencePairComparer : IEqualityComparer<(IReadOnlyList<TermHit> Hits, SegmentedText Side)>
{
    public bool Equals((IReadOnlyList<TermHit> Hits, SegmentedText Side) x, (IReadOnlyList<TermHit> Hits, SegmentedText Side) y) =>
        ReferenceEquals(x.Hits, y.Hits) && ReferenceEquals(x.Side, y.Side);

    public int GetHashCode((IReadOnlyList<TermHit> Hits, SegmentedText Side) pair) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Hits), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Side));
}
