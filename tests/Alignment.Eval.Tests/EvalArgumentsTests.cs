namespace Alignment.Eval.Tests;

public sealed class EvalArgumentsTests
{
    [Fact]
    public void Should_use_the_documented_defaults()
    {
        var options = EvalArguments.Parse(["--corpus", "data/dev"]);

        options.ShouldBe(new EvalOptions { Corpus = "data/dev", DocumentLines = 40, DropEnglish = 0.08, DropKorean = 0.04, Merge = 0.08, Seed = 1 });
    }

    [Fact]
    public void Should_read_every_option()
    {
        var options = EvalArguments.Parse(["--corpus", "c", "--doc-lines", "20", "--drop-en", "0.1", "--drop-ko", "0.2", "--merge", "0.3", "--seed", "9", "--glossary", "g.csv", "--unperturbed", "--examples", "5", "--max-lines", "800", "--audit", "a.tsv", "--wrap", "72"]);

        options.ShouldBe(new EvalOptions { Corpus = "c", Audit = "a.tsv", MaxLines = 800, DocumentLines = 20, DropEnglish = 0.1, DropKorean = 0.2, Merge = 0.3, Seed = 9, Glossary = "g.csv", Unperturbed = true, Examples = 5, WrapWidth = 72 });
        options.Perturbation.Merge.ShouldBe(0);
    }

    [Theory]
    [InlineData(new[] { "--doc-lines", "40" }, "--corpus")]
    [InlineData(new[] { "--corpus", "c", "--merge", "1.5" }, "--merge")]
    [InlineData(new[] { "--corpus", "c", "--drop-en", "0.6", "--drop-ko", "0.6" }, "together")]
    [InlineData(new[] { "--corpus", "c", "--doc-lines", "0" }, "--doc-lines")]
    [InlineData(new[] { "--corpus", "c", "--max-lines", "0" }, "--max-lines")]
    [InlineData(new[] { "--corpus", "c", "--wrap", "5" }, "--wrap")]
    [InlineData(new[] { "--corpus" }, "needs a value")]
    [InlineData(new[] { "--corpus", "c", "--shuffle" }, "--shuffle")]
    public void Should_refuse_a_bad_command_line(string[] args, string message)
    {
        Should.Throw<ArgumentException>(() => EvalArguments.Parse(args)).Message.ShouldContain(message);
    }
}
