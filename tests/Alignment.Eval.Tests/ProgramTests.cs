namespace Alignment.Eval.Tests;

public sealed class ProgramTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("eval-program-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Should_measure_a_corpus_named_by_its_folder()
    {
        var tags = Enumerable.Range(0, 12).ToList();
        File.WriteAllLines(Path.Combine(folder, "news.ko"), tags.Select(SyntheticStory.Korean));
        File.WriteAllLines(Path.Combine(folder, "news.en"), tags.Select(SyntheticStory.English));
        var output = new StringWriter();

        Program.Run(EvalArguments.Parse(["--corpus", folder, "--unperturbed"]), output);

        var lines = output.ToString().Split('\n');
        lines[0].ShouldBe($"corpus: {Path.Combine(folder, "news")} (12 pairs), documents of 40 lines");
        lines.ShouldContain(l => l.StartsWith("strict beads", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_measure_only_the_pairs_an_audit_judges_sound()
    {
        var tags = Enumerable.Range(0, 12).ToList();
        File.WriteAllLines(Path.Combine(folder, "news.ko"), tags.Select(SyntheticStory.Korean));
        File.WriteAllLines(Path.Combine(folder, "news.en"), tags.Select(SyntheticStory.English));
        var audit = Path.Combine(folder, "audit.tsv");
        File.WriteAllLines(audit, tags.Select(t => $"{t + 1}\t{(t % 4 == 0 ? "junk" : "ok")}"));
        var output = new StringWriter();

        Program.Run(EvalArguments.Parse(["--corpus", folder, "--audit", audit, "--unperturbed"]), output);

        output.ToString().Split('\n')[0].ShouldBe($"corpus: {Path.Combine(folder, "news")} (9 pairs of 12 judged sound by {audit}), documents of 40 lines");
    }

    [Theory]
    [InlineData("2\n", "1\n")]
    [InlineData(null, "1\n")]
    public void Should_exit_with_2_for_a_corpus_it_cannot_read(string? korean, string english)
    {
        if (korean is not null)
        {
            File.WriteAllText(Path.Combine(folder, "news.ko"), "가.\n" + korean);
        }

        File.WriteAllText(Path.Combine(folder, "news.en"), english);

        Program.Main(["--corpus", Path.Combine(folder, "news")]).ShouldBe(2);
    }
}
