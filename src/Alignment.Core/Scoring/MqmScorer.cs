using Alignment.Core.Reporting;

namespace Alignment.Core.Scoring;

/// <summary>Scores a run after MQM: penalty points (minor 1, major 5, critical 25) per 1,000 English words.</summary>
public static class MqmScorer
{
    public static Summary Summarize(RunReport report)
    {
        var stories = report.Documents.Select(d =>
        {
            var words = WordCounter.Count(d.Target);
            var counts = SeverityCounts.Of(d.Findings);
            var penalty = PenaltyPoints.PerThousandWords(counts.Points, words);
            return new StorySummary(d.Document, d.Source.Sentences.Count, d.Target.Sentences.Count, words, counts, penalty, Verdict(penalty, report.MaxPenalty));
        }).ToList();
        var total = new SeverityCounts(stories.Sum(s => s.Findings.Critical), stories.Sum(s => s.Findings.Major), stories.Sum(s => s.Findings.Minor));
        var allWords = stories.Sum(s => s.Words);
        return new Summary(
            stories.Count,
            stories.Sum(s => s.SourceSentences),
            stories.Sum(s => s.TargetSentences),
            allWords,
            total,
            PenaltyPoints.PerThousandWords(total.Points, allWords),
            report.MaxPenalty,
            report.MaxPenalty is null ? null : stories.All(s => s.Pass == true),
            report.Baselined,
            report.Suppressed,
            stories);
    }

    private static bool? Verdict(double penalty, double? max) => max is null ? null : penalty <= max.Value;
}
