using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests;

/// <summary>Bad input: exit 2, one line on stderr naming the file (and line), and no report left behind.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Should_name_a_missing_file()
    {
        using var temp = new TempFolder();
        temp.Write("story/source.ko.txt", SampleStory.Korean);

        AssertRefused(temp, ["check", temp.File("story")], "target.en.txt");
    }

    [Fact]
    public void Should_name_an_empty_file()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, "  \n");

        AssertRefused(temp, ["check", temp.File("story")], "target.en.txt", "empty");
    }

    [Fact]
    public void Should_name_a_binary_file()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, SampleStory.English);
        temp.WriteBytes("story/source.ko.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);

        AssertRefused(temp, ["check", temp.File("story")], "source.ko.txt", "binary");
    }

    [Fact]
    public void Should_name_the_glossary_line_with_the_wrong_number_of_columns()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, SampleStory.English);
        var glossary = temp.Write("g.csv", "source,target,forbidden,note\n인태,Indo-Pacific,Intae,\n외교부,Foreign Ministry\n");

        AssertRefused(temp, ["check", temp.File("story"), "--glossary", glossary], "g.csv:3");
    }

    [Fact]
    public void Should_name_the_glossary_line_with_an_empty_source()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, SampleStory.English);
        var glossary = temp.Write("g.csv", "source,target,forbidden,note\n인태,Indo-Pacific,Intae,\n,Foreign Ministry,,\n");

        AssertRefused(temp, ["check", temp.File("story"), "--glossary", glossary], "g.csv:3", "empty source");
    }

    [Fact]
    public void Should_refuse_a_source_that_is_not_korean()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, "Ceci n'est pas du coréen, mais du français.\n", SampleStory.English);

        AssertRefused(temp, ["check", temp.File("story")], "source.ko.txt", "not Korean");
    }

    [Fact]
    public void Should_refuse_a_target_that_is_not_english()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, "Это не английский текст, а русский.\n");

        AssertRefused(temp, ["check", temp.File("story")], "target.en.txt", "not English");
    }

    [Fact]
    public void Should_say_when_source_and_target_are_swapped()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.English, SampleStory.Korean);

        AssertRefused(temp, ["check", temp.File("story")], "source.ko.txt", "swapped");
    }

    [Fact]
    public void Should_refuse_unknown_options_and_formats()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, SampleStory.English);

        AssertRefused(temp, ["check", temp.File("story"), "--format", "pdf"], "pdf");
        AssertRefused(temp, ["check", temp.File("story"), "--frobnicate"], "--frobnicate");
        AssertRefused(temp, ["check", temp.File("story"), "--skip-check", "no.such"], "no.such");
        AssertRefused(temp, ["check"], "nothing to check");
    }

    [Fact]
    public void Should_leave_an_earlier_report_untouched_when_a_later_story_is_bad()
    {
        using var temp = new TempFolder();
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, SampleStory.English, "corpus/a-good");
        CheckCommandTests.WriteStory(temp, SampleStory.Korean, "", "corpus/b-bad");
        var report = temp.Write("report.csv", "earlier report\n");

        var run = CliRun.Of("check", temp.File("corpus"), "--report", report);

        run.ExitCode.ShouldBe(2);
        File.ReadAllText(report).ShouldBe("earlier report\n");
        Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    private static void AssertRefused(TempFolder temp, string[] args, params string[] mentions)
    {
        var report = temp.File("refused-report.csv");
        var run = CliRun.Of([.. args, "--report", report]);

        run.ExitCode.ShouldBe(2, run.Stdout + run.Stderr);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, run.Stderr);
        foreach (var mention in mentions)
        {
            lines[0].ShouldContain(mention, Case.Insensitive);
        }

        lines[0].ShouldNotContain("   at ");
        File.Exists(report).ShouldBeFalse();
    }
}
