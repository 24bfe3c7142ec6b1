using Alignment.Eval.Corpus;

namespace Alignment.Eval.Tests.Corpus;

public sealed class CorpusReaderTests : IDisposable
{
    private readonly string prefix = Path.Combine(Directory.CreateTempSubdirectory("corpus-reader-").FullName, "news");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(prefix)!, recursive: true);

    [Fact]
    public void Should_pair_line_n_with_line_n_and_keep_blank_lines_as_sentences()
    {
        File.WriteAllText(prefix + ".ko", "가.\n\n다.\n");
        File.WriteAllText(prefix + ".en", "A.\nB.\nC.\n");

        var corpus = CorpusReader.Read(prefix);

        corpus.Korean.ShouldBe(["가.", "-", "다."]);
        corpus.English.ShouldBe(["A.", "B.", "C."]);
    }

    [Fact]
    public void Should_refuse_sides_of_different_lengths()
    {
        File.WriteAllText(prefix + ".ko", "가.\n나.\n");
        File.WriteAllText(prefix + ".en", "A.\n");

        var error = Should.Throw<InvalidDataException>(() => CorpusReader.Read(prefix));

        error.Message.ShouldBe($"{prefix}.ko has 2 lines but {prefix}.en has 1");
    }

    [Fact]
    public void Should_name_the_missing_file()
    {
        File.WriteAllText(prefix + ".ko", "가.\n");

        var error = Should.Throw<FileNotFoundException>(() => CorpusReader.Read(prefix));

        error.Message.ShouldBe($"{prefix}.en: file not found");
    }
}
