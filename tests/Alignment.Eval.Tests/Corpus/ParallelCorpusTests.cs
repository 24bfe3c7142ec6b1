using Alignment.Eval.Corpus;

namespace Alignment.Eval.Tests.Corpus;

public sealed class ParallelCorpusTests
{
    private static readonly ParallelCorpus Corpus = new(["가", "나", "다"], ["a", "b", "c"]);

    [Fact]
    public void Should_keep_the_first_pairs_of_both_sides()
    {
        var first = Corpus.First(2);

        first.Korean.ShouldBe(["가", "나"]);
        first.English.ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Should_keep_everything_when_asked_for_more_lines_than_there_are()
    {
        Corpus.First(10).ShouldBeSameAs(Corpus);
    }
}
