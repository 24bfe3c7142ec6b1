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

    [Fact]
    public void Should_read_a_corpus_by_prefix_and_refuse_unequal_files()
    {
        var prefix = Path.Combine(Path.GetTempPath(), "alignment-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllLines(prefix + ".ko", [SyntheticStory.Korean(0), SyntheticStory.Korean(1)]);
            File.WriteAllLines(prefix + ".en", [SyntheticStory.English(0), SyntheticStory.English(1)]);
            CorpusReader.Read(prefix).English.ShouldBe([SyntheticStory.English(0), SyntheticStory.English(1)]);

            File.WriteAllLines(prefix + ".en", [SyntheticStory.English(0)]);
            Should.Throw<InvalidDataException>(() => CorpusReader.Read(prefix)).Message.ShouldContain("2 lines");
        }
        finally
        {
            File.Delete(prefix + ".ko");
            File.Delete(prefix + ".en");
        }
    }
}
