namespace Alignment.Core.Scoring;

/// <summary>
/// What a run found, shared by the console and every report format so they never disagree: tallies, the MQM
/// penalty per 1,000 English words, and pass/fail against the maximum (null when no maximum was set). The run
/// passes only when every story does: a bad story must not hide behind a large corpus.
/// </summary>
public sealed record Summary(
    int Documents,
    int SourceSentences,
    int TargetSentences,
    int Words,
    SeverityCounts Findings,
    double Penalty,
    double? MaxPenalty,
    bool? Pass,
    int Baselined,
    int Suppressed,
    IReadOnlyList<StorySummary> Stories)
{
    public int Points => Findings.Points;
}
