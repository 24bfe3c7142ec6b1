namespace Alignment.Core.Findings;

/// <summary>
/// One problem, one finding: when two checks point at the same source words of a bead and only one of them can
/// show where the English went wrong (Gukbangbu for 국방부), the bare "term missing" finding adds nothing; and when
/// two classes of one check report the same source words against overlapping English words (a person swapped,
/// told by surname and by full name), the first listed stands for both.
/// </summary>
public static class FindingDeduplicator
{
    public static IEnumerable<Finding> Deduplicate(IReadOnlyList<Finding> findings) =>
        findings.Where((f, k) => !Covered(findings, f) && !Repeated(findings, f, k));

    private static bool Covered(IReadOnlyList<Finding> findings, Finding f) =>
        f.TargetStart is null && f.SourceStart is not null && findings.Any(o =>
            !ReferenceEquals(o, f) && o.TargetStart is not null && o.Segment == f.Segment
            && o.SourceStart <= f.SourceStart && f.SourceEnd <= o.SourceEnd);

    private static bool Repeated(IReadOnlyList<Finding> findings, Finding f, int index) =>
        f.TargetStart is not null && f.SourceStart is not null && findings.Take(index).Any(o =>
            o.Check == f.Check && o.Segment == f.Segment && o.SourceStart == f.SourceStart && o.SourceEnd == f.SourceEnd
            && o.TargetStart < f.TargetEnd && f.TargetStart < o.TargetEnd);
}
