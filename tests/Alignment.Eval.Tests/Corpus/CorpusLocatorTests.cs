using Alignment.Eval.Corpus;

namespace Alignment.Eval.Tests.Corpus;

public sealed class CorpusLocatorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpus-locator-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Should_find_the_one_pair_in_a_folder()
    {
        Touch("test.ko", "test.en");

        CorpusLocator.Resolve(folder).ShouldBe(Path.Combine(folder, "test"));
    }

    [Fact]
    public void Should_ignore_a_korean_file_without_its_english_partner()
    {
        Touch("test.ko", "test.en", "notes.ko");

        CorpusLocator.Resolve(folder).ShouldBe(Path.Combine(folder, "test"));
    }

    [Theory]
    [InlineData("test.ko")]
    [InlineData("test.en")]
    public void Should_take_either_file_of_the_pair(string file)
    {
        Touch("test.ko", "test.en");

        CorpusLocator.Resolve(Path.Combine(folder, file)).ShouldBe(Path.Combine(folder, "test"));
    }

    [Fact]
    public void Should_leave_a_prefix_as_it_is()
    {
        Touch("test.ko", "test.en");

        CorpusLocator.Resolve(Path.Combine(folder, "test")).ShouldBe(Path.Combine(folder, "test"));
    }

    [Fact]
    public void Should_ask_which_corpus_when_a_folder_holds_several()
    {
        Touch("dev.ko", "dev.en", "test.ko", "test.en");

        var error = Should.Throw<ArgumentException>(() => CorpusLocator.Resolve(folder));

        error.Message.ShouldContain("2 corpora (dev, test)");
    }

    [Fact]
    public void Should_say_so_when_a_folder_holds_no_pair()
    {
        Touch("test.ko");

        var error = Should.Throw<FileNotFoundException>(() => CorpusLocator.Resolve(folder));

        error.Message.ShouldStartWith(folder);
    }

    private void Touch(params string[] files)
    {
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file), "가\n");
        }
    }
}
