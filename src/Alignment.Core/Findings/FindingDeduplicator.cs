namespace Alignment.Core.Findings;

/// <summary>
/// One problem, one finding: when two checks point at the same source words of a bead and only one of them can
/// show where the English went wrong (Gukbangbu for 국방부), the bare "term missing" finding adds nothing.
/// </summary>
public static class FindingDeduplicator
{
    public static IEnumerable<Finding> Deduplicate(IReadOnlyList<Finding> findings) =>
        findings.Where(f => !(f.TargetStart is null && f.SourceStart is not null && findings.Any(o =>
            !ReferenceEquals(o, f) && o.TargetStart is not null && o.Segment == f.Segment
            && o.SourceStart <= f.SourceStart && f.SourceEnd <= o.SourceEnd)));
}
