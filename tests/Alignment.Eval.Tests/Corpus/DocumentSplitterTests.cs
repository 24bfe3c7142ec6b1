using Alignment.Eval.Corpus;

namespace Alignment.Eval.Tests.Corpus;

public sealed class DocumentSplitterTests
{
    [Fact]
    public void Should_cut_consecutive_lines_and_keep_the_remainder()
    {
        var corpus = new ParallelCorpus(
            Enumerable.Range(0, 10).Select(SyntheticStory.Korean).ToList(),
            Enumerable.Range(0, 10).Select(SyntheticStory.English).ToList());

        var documents = DocumentSplitter.Split(corpus, 4);

        documents.Select(d => d.Count).ShouldBe([4, 4, 2]);
        documents.Select(d => d.Index).ShouldBe([0, 1, 2]);
        documents[1].Korean[0].ShouldBe(SyntheticStory.Korean(4));
        documents[2].English[1].ShouldBe(SyntheticStory.English(9));
    }
}
