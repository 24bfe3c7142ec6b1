using Alignment.Core.Alignment;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;
using Alignment.Eval.Evaluation;
using Alignment.Eval.Perturbation;
using Alignment.Eval.RunningText;
using Alignment.Eval.Scoring;

namespace Alignment.Eval.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly PerturbedDocument[] Unperturbed =
        [.. Enumerable.Range(0, 3).Select(i => new Perturber(PerturbationOptions.None(1)).Perturb(SyntheticStory.Document(i, 12)))];

    [Fact]
    public void Should_score_a_perfect_aligner_as_1_on_every_measure()
    {
        var evaluator = new Evaluator(OneToOne, new RunningTextWriter(1), KoreanProfile.Instance, EnglishProfile.Instance);

        var result = evaluator.Evaluate(Unperturbed);

        result.Documents.ShouldBe(3);
        result.KoreanSentences.ShouldBe(36);
        result.KoreanSystemSentences.ShouldBe(36);
        result.EnglishSystemSentences.ShouldBe(36);
        result.Strict.ShouldBe(new Prf(36, 36, 36));
        result.Links.ShouldBe(new Prf(36, 36, 36));
        result.ReachableLinks.ShouldBe(36);
        result.Unpaired.ShouldBe(Prf.Zero);
        result.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Should_find_every_error_of_an_aligner_that_pairs_everything_off_by_one()
    {
        var evaluator = new Evaluator(ShiftedByOne, new RunningTextWriter(1), KoreanProfile.Instance, EnglishProfile.Instance);

        var result = evaluator.Evaluate(Unperturbed);

        result.Strict.ShouldBe(new Prf(0, 33, 36));
        result.Unpaired.ShouldBe(new Prf(0, 6, 0));
        result.Links.ShouldBe(new Prf(0, 33, 36));
        result.Errors.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_run_the_real_aligner_on_a_clean_story()
    {
        var aligner = new SentenceAligner(KoreanProfile.Instance, EnglishProfile.Instance, TermGlossary.Empty(KoreanProfile.Instance, EnglishProfile.Instance));
        var evaluator = new Evaluator(aligner.Align, new RunningTextWriter(1), KoreanProfile.Instance, EnglishProfile.Instance);

        var result = evaluator.Evaluate(Unperturbed);

        result.Strict.Gold.ShouldBe(36);
        result.Strict.Predicted.ShouldBeGreaterThan(0);
        result.SegmentedAlignTime.ShouldBeGreaterThan(TimeSpan.Zero);
        result.SegmentedAlignCpu.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
    }

    private static AlignmentResult OneToOne(SegmentedText source, SegmentedText target) =>
        new([.. source.Sentences.Select(s => new Bead([s.Index], [s.Index], 1))], []);

    // Korean sentence i with English sentence i + 1: the first English and the last Korean sentence left over.
    private static AlignmentResult ShiftedByOne(SegmentedText source, SegmentedText target)
    {
        var n = source.Sentences.Count;
        List<Bead> beads = [new Bead([], [0], 0)];
        beads.AddRange(Enumerable.Range(0, n - 1).Select(i => new Bead([i], [i + 1], 0)));
        beads.Add(new Bead([n - 1], [], 0));
        return new AlignmentResult(beads, []);
    }
}
