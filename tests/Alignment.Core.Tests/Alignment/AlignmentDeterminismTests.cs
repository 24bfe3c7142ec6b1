using CsCheck;

namespace Alignment.Core.Tests.Alignment;

/// <summary>One aligner, shared: the same pair gives the same beads and scores every time, from any thread.</summary>
public sealed class AlignmentDeterminismTests
{
    [Fact]
    public void Should_give_identical_beads_and_scores_when_aligning_twice()
    {
        GeneratedDocuments.Pair.Sample(pair => Aligned.Lines(pair).Fingerprint().ShouldBe(Aligned.Lines(pair).Fingerprint()), iter: 100, print: GeneratedDocuments.Describe);
    }

    [Fact]
    public void Should_give_identical_beads_and_scores_from_two_threads_at_once()
    {
        GeneratedDocuments.Pair.Sample(
            pair =>
            {
                var expected = Aligned.Lines(pair).Fingerprint();
                using var start = new Barrier(2);
                var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return Aligned.Lines(pair).Fingerprint();
                })).ToArray();

                Task.WaitAll(runs);
                runs.Select(r => r.Result).ShouldAllBe(f => f == expected);
            },
            iter: 30,
            threads: 1,
            print: GeneratedDocuments.Describe);
    }
}
