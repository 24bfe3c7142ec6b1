using Alignment.Core.Glossary;
using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Glossary;

/// <summary>A malformed glossary is an error naming file and 1-based line.</summary>
public sealed class GlossaryLoaderErrorTests
{
    private const string Header = "source,target,forbidden,note,severity,case_sensitive\n";
    private const string Good = "인태,Indo-Pacific,Intae,short for 인도태평양,major,false\n";

    [Theory]
    [InlineData(Header + Good + "한-캐나다,Korea-Canada,Korea-China\n", 3)]
    [InlineData(Header + Good + "\n" + "한-캐나다,Korea-Canada,Korea-China,,critical,false,extra\n", 4)]
    [InlineData(Header + Good + Good + Good + "캐나다\n", 5)]
    [InlineData(Header + "인태,Indo-Pacific,Intae,\"short for\n인도태평양\",major,false\n캐나다\n", 4)]
    public void Should_name_the_line_of_a_row_with_the_wrong_column_count(string csv, int line)
    {
        var error = Load(csv);

        error.Line.ShouldBe(line);
        error.Reason.ShouldContain("columns");
    }

    [Theory]
    [InlineData(Header + Good + ",Korea-Canada,Korea-China,,critical,false\n", 3)]
    [InlineData(Header + " | ,Korea-Canada,Korea-China,,critical,false\n", 2)]
    public void Should_name_the_line_of_an_empty_source(string csv, int line)
    {
        var error = Load(csv);

        error.Line.ShouldBe(line);
        error.Reason.ShouldContain("source");
    }

    [Theory]
    [InlineData("severe")]
    [InlineData("high")]
    [InlineData("3")]
    public void Should_name_the_line_of_a_bad_severity(string severity)
    {
        var error = Load(Header + Good + $"한-캐나다,Korea-Canada,Korea-China,,{severity},false\n");

        error.Line.ShouldBe(3);
        error.Reason.ShouldContain(severity);
    }

    [Fact]
    public void Should_name_the_line_of_a_bad_case_flag()
    {
        Load(Header + Good + "한미,Hanmi,,,major,maybe\n").Line.ShouldBe(3);
    }

    [Fact]
    public void Should_name_the_line_of_a_row_with_neither_target_nor_forbidden_term()
    {
        Load(Header + Good + Good + "한-캐나다,,,a note only,,\n").Line.ShouldBe(4);
    }

    [Theory]
    [InlineData("src,target,forbidden,note\n")]
    [InlineData("source,target,note,forbidden\n")]
    [InlineData("source,target\n")]
    [InlineData("인태,Indo-Pacific,Intae,\n")]
    public void Should_name_line_one_for_a_wrong_header(string csv)
    {
        var error = Load(csv + Good);

        error.Line.ShouldBe(1);
        error.Reason.ShouldContain("header");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Should_refuse_an_empty_glossary(string csv)
    {
        Load(csv).Message.ShouldContain("glossary.csv");
    }

    [Fact]
    public void Should_name_the_file_in_the_message()
    {
        using var temp = new TempFolder();
        var path = temp.Write("glossary.csv", Header + "캐나다\n");

        var error = Should.Throw<InputException>(() => GlossaryLoader.Load(path));

        error.File.ShouldBe(path);
        error.Message.ShouldStartWith($"{path}:2:");
    }

    [Fact]
    public void Should_refuse_a_missing_glossary()
    {
        using var temp = new TempFolder();

        Should.Throw<InputException>(() => GlossaryLoader.Load(temp.File("none.csv"))).File.ShouldBe(temp.File("none.csv"));
    }

    private static InputException Load(string csv)
    {
        using var temp = new TempFolder();
        var path = temp.Write("glossary.csv", csv);
        var error = Should.Throw<InputException>(() => GlossaryLoader.Load(path));
        error.File.ShouldBe(path);
        return error;
    }
}
