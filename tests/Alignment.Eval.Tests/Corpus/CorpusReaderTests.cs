using Alignment.Core.Text;
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
    public void Should_read_legacy_korean_encodings_and_ignore_blank_lines_at_the_end()
    {
        File.WriteAllBytes(prefix + ".ko", System.Text.Encoding.GetEncoding(949).GetBytes("정부가 발표했다.\r\n시장은 조용했다.\r\n\r\n"));
        File.WriteAllText(prefix + ".en", "The government announced it.\nThe market was calm.\n");

        var corpus = CorpusReader.Read(prefix);

        corpus.Korean.ShouldBe(["정부가 발표했다.", "시장은 조용했다."]);
        corpus.English.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_refuse_sides_of_different_lengths()
    {
        File.WriteAllText(prefix + ".ko", "가.\n나.\n");
        File.WriteAllText(prefix + ".en", "A.\n");

        var error = Should.Throw<InputException>(() => CorpusReader.Read(prefix));

        error.Message.ShouldBe($"{prefix}.ko: 2 lines, but {prefix}.en has 1: line N of one must translate line N of the other");
    }

    [Fact]
    public void Should_name_the_missing_file()
    {
        File.WriteAllText(prefix + ".ko", "가.\n");

        var error = Should.Throw<InputException>(() => CorpusReader.Read(prefix));

        error.Message.ShouldBe($"{prefix}.en: file not found");
    }
}
