namespace Alignment.Core.Scoring;

/// <summary>One story's tallies and MQM score: penalty points per 1,000 English words, and the verdict when a maximum was set.</summary>
public sealed record StorySummary(
    string Document,
    int SourceSentences,
    int TargetSentences,
    int Words,
    SeverityCounts Findings,
    double Penalty,
    bool? Pass)
{
    public int Points => Findings.Points;
}
