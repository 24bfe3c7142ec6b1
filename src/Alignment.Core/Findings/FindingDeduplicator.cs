namespace Alignment.Core.Findings;

/// <summary>
/// One problem, one finding: when two checks point at the same source words of a bead and only one of them can
/// show where the English went wrong (Gukbangbu for 국방부), the bare "term missing" finding adds nothing; and when
/// two classes of one check report the same source words against overlapping English words (a person swapped,
/// told by surname and by full name), the first listed stands for both; and a bare finding of a check that another
/// finding of the same check points inside more sharply and as severely (the sentence that may be cut, the clause
/// that is missing) adds nothing either.
/// </summary>
public static class FindingDeduplicator
{
    public static IEnumerable<Finding> Deduplicate(IReadOnlyList<Finding> findings) =>
        findings.Where((f, k) => !Covered(findings, f) && !Repeated(findings, f, k) && !Outranked(findings, f));

    private static bool Outranked(IReadOnlyList<Finding> findings, Finding f) =>
        f.TargetStart is null && f.SourceStart is not null && findings.Any(o =>
            !ReferenceEquals(o, f) && o.Check == f.Check && o.Segment == f.Segment && o.Severity >= f.Severity
            && o.SourceStart >= f.SourceStart && o.SourceEnd <= f.SourceEnd && o.SourceEnd - o.SourceStart < f.SourceEnd - f.SourceStart);

    private static bool Covered(IReadOnlyList<Finding> findings, Finding f) =>
        f.TargetStart is null && f.SourceStart is not null && findings.Any(o =>
            !ReferenceEquals(o, f) && o.TargetStart is not null && o.Segment == f.Segment
            && o.SourceStart <= f.SourceStart && f.SourceEnd <= o.SourceEnd);

    private static bool Repeated(IReadOnlyList<Finding> findings, Finding f, int index) =>
        f.TargetStart is not null && f.SourceStart is not null && findings.Take(index).Any(o =>
            o.Check == f.Check && o.Segment == f.Segment && o.SourceStart == f.SourceStart && o.SourceEnd == f.SourceEnd
            && o.TargetStart < f.TargetEnd && f.TargetStart < o.TargetEnd);
}
