namespace Alignment.Core.Alignment;

/// <summary>
/// One alignment unit: 0-based sentence indices on each side (either may be empty: an omission or an addition)
/// and a score in [0, 1], higher meaning more confident that the sides translate each other.
/// </summary>
public sealed record Bead(IReadOnlyList<int> SourceIds, IReadOnlyList<int> TargetIds, double Score)
{
    public bool IsOmission => TargetIds.Count == 0 && SourceIds.Count > 0;

    public bool IsAddition => SourceIds.Count == 0 && TargetIds.Count > 0;

    public bool IsPair => SourceIds.Count > 0 && TargetIds.Count > 0;
}
