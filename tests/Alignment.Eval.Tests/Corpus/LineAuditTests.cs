using Alignment.Core.Text;
using Alignment.Eval.Corpus;

namespace Alignment.Eval.Tests.Corpus;

public sealed class LineAuditTests : IDisposable
{
    private readonly string path = Path.Combine(Directory.CreateTempSubdirectory("line-audit-").FullName, "audit.tsv");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    [Fact]
    public void Should_keep_only_the_lines_judged_sound()
    {
        File.WriteAllText(path, "# a reader's verdicts\n1\tok\tmatches\n2\tjunk\n\n3\tshifted:+1\n4\tok\n");

        LineAudit.SoundLines(path).Order().ShouldBe([1, 4]);
    }

    [Fact]
    public void Should_name_the_line_of_a_verdict_without_a_line_number()
    {
        File.WriteAllText(path, "1\tok\nsecond\tok\n");

        var error = Should.Throw<InputException>(() => LineAudit.SoundLines(path));

        error.Line.ShouldBe(2);
        error.File.ShouldBe(path);
    }

    [Fact]
    public void Should_filter_a_corpus_to_the_sound_pairs_in_order()
    {
        var corpus = new ParallelCorpus(["가", "나", "다", "라"], ["a", "b", "c", "d"]);

        var sound = corpus.Only(new HashSet<int> { 4, 1, 3, 9 });

        sound.Korean.ShouldBe(["가", "다", "라"]);
        sound.English.ShouldBe(["a", "c", "d"]);
    }
}
