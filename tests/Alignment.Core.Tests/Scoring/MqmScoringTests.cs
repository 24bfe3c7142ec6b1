using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Reporting;
using Alignment.Core.Scoring;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Scoring;

public sealed class MqmScoringTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("The Korea-Canada talks, held on the 1st, ended.", 8)]
    [InlineData("  — 30,000 jobs … ", 2)]
    [InlineData("U.S. President Joe Biden's visit", 5)]
    public void Should_count_english_words(string text, int words) => WordCounter.Count(text).ShouldBe(words);

    [Theory]
    [InlineData(Severity.Minor, 1)]
    [InlineData(Severity.Major, 5)]
    [InlineData(Severity.Critical, 25)]
    public void Should_weigh_severities_after_mqm(Severity severity, int points) => PenaltyPoints.Of(severity).ShouldBe(points);

    [Fact]
    public void Should_score_penalty_points_per_thousand_words_per_story_and_pass_the_run_only_when_every_story_passes()
    {
        var pipeline = CheckPipeline.Create(new PipelineOptions());
        var clean = pipeline.Check("a", SourceText.FromString("정부는 일자리를 만든다."), SourceText.FromString("The government creates jobs in the city today."));
        var bad = pipeline.Check("b", SourceText.FromString("정부는 일자리를 만든다."), SourceText.FromString("The government creates jobs."));
        bad = bad with { Findings = [Finding(Severity.Critical), Finding(Severity.Minor)] };
        clean = clean with { Findings = [] };

        var summary = MqmScorer.Summarize(new RunReport([clean, bad]) { MaxPenalty = 100 });

        summary.Stories[0].Words.ShouldBe(8);
        summary.Stories[0].Penalty.ShouldBe(0);
        summary.Stories[0].Pass.ShouldBe(true);
        summary.Stories[1].Words.ShouldBe(4);
        summary.Stories[1].Points.ShouldBe(26);
        summary.Stories[1].Penalty.ShouldBe(6500);
        summary.Stories[1].Pass.ShouldBe(false);
        summary.Penalty.ShouldBe(Math.Round(26 * 1000.0 / 12, 2));
        summary.Pass.ShouldBe(false);
        MqmScorer.Summarize(new RunReport([clean, bad])).Pass.ShouldBeNull();
    }

    private static Finding Finding(Severity severity) => new() { Document = "b", Segment = 1, Check = "accuracy.number", Severity = severity, Message = "m" };
}
