using CsCheck;

namespace Alignment.Core.Tests.Alignment;

/// <summary>Scores are confidences: in [0, 1], and 0 for a sentence left unpaired.</summary>
public sealed class AlignmentScoreTests
{
    [Fact]
    public void Should_score_every_bead_between_zero_and_one()
    {
        GeneratedDocuments.Pair.Sample(
            pair => Aligned.Lines(pair).Result.Beads.ShouldAllBe(b => b.Score >= 0 && b.Score <= 1),
            iter: 200,
            print: GeneratedDocuments.Describe);
    }

    [Fact]
    public void Should_score_unpaired_beads_zero()
    {
        GeneratedDocuments.Pair.Sample(
            pair => Aligned.Lines(pair).Result.Beads.Where(b => !b.IsPair).ShouldAllBe(b => b.Score == 0),
            iter: 200,
            print: GeneratedDocuments.Describe);
    }
}
