using Alignment.Core.Findings;
using Alignment.Core.Glossary;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Glossary;

public sealed class GlossaryLoaderTests
{
    [Fact]
    public void Should_read_every_row_with_its_file_and_line()
    {
        using var temp = new TempFolder();
        var path = temp.Write("news.csv", """
            source,target,forbidden,note,severity,case_sensitive
            인태,Indo-Pacific,Intae|Intai|In-Pacific,short for 인도태평양,major,false

            한-캐나다|한·캐나다,Korea-Canada,Korea-China,,critical,
            한미,Hanmi,,a bank's name,,true

            """);

        var entries = GlossaryLoader.Load(path);

        entries.Count.ShouldBe(3);
        entries[0].Targets.ShouldBe(["Indo-Pacific"]);
        entries[0].Note.ShouldBe("short for 인도태평양");
        entries[0].Severity.ShouldBe(Severity.Major);
        entries[0].CaseSensitive.ShouldBeFalse();
        entries[0].File.ShouldBe(path);
        entries[0].Line.ShouldBe(2);
        entries[0].Sources.ShouldBe(["인태"]);
        entries[0].Forbidden.ShouldBe(["Intae", "Intai", "In-Pacific"]);
        entries[1].Sources.ShouldBe(["한-캐나다", "한·캐나다"]);
        entries[1].Severity.ShouldBe(Severity.Critical);
        entries[1].Line.ShouldBe(4);
        entries[2].Severity.ShouldBeNull();
        entries[2].CaseSensitive.ShouldBeTrue();
        entries[2].Forbidden.ShouldBeEmpty();
        entries[2].Line.ShouldBe(5);
    }

    [Fact]
    public void Should_read_the_four_required_columns_alone()
    {
        using var temp = new TempFolder();
        var path = temp.Write("min.csv", "source,target,forbidden,note\n캐나다,Canada|Canadian|Ottawa,,\n");

        var entry = GlossaryLoader.Load(path).ShouldHaveSingleItem();

        entry.Targets.ShouldBe(["Canada", "Canadian", "Ottawa"]);
        entry.Severity.ShouldBeNull();
        entry.CaseSensitive.ShouldBeFalse();
        entry.Note.ShouldBe(string.Empty);
    }

    [Fact]
    public void Should_keep_commas_inside_quoted_cells()
    {
        using var temp = new TempFolder();
        var path = temp.Write("quoted.csv", "source,target,forbidden,note\n산업통상자원부,\"Ministry of Trade, Industry and Energy|MOTIE\",,\"also 산업부, in short\"\n");

        var entry = GlossaryLoader.Load(path).ShouldHaveSingleItem();

        entry.Targets.ShouldBe(["Ministry of Trade, Industry and Energy", "MOTIE"]);
        entry.Note.ShouldBe("also 산업부, in short");
    }

    [Fact]
    public void Should_trim_alternatives_and_drop_empty_ones()
    {
        using var temp = new TempFolder();
        var path = temp.Write("spaces.csv", "source,target,forbidden,note\n 한-캐나다 | 한·캐나다 |,Korea-Canada || Canada-Korea ,Korea-China,\n");

        var entry = GlossaryLoader.Load(path).ShouldHaveSingleItem();

        entry.Sources.ShouldBe(["한-캐나다", "한·캐나다"]);
        entry.Targets.ShouldBe(["Korea-Canada", "Canada-Korea"]);
    }

    [Theory]
    [InlineData("Source,Target,Forbidden,Note")]
    [InlineData(" source , target , forbidden , note ")]
    [InlineData("source,target,forbidden,note,domain")]
    public void Should_accept_a_header_in_any_case_and_with_further_columns(string header)
    {
        using var temp = new TempFolder();
        var extra = header.EndsWith("domain", StringComparison.Ordinal) ? ",politics" : string.Empty;
        var path = temp.Write("header.csv", $"{header}\n인태,Indo-Pacific,Intae,{extra}\n");

        GlossaryLoader.Load(path).ShouldHaveSingleItem().Sources.ShouldBe(["인태"]);
    }

    [Fact]
    public void Should_read_a_header_only_file_as_no_entries()
    {
        using var temp = new TempFolder();

        GlossaryLoader.Load(temp.Write("empty.csv", "source,target,forbidden,note\n")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_a_utf8_bom_crlf_file()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("bom.csv", Encodings.Encode("source,target,forbidden,note\r\n인태,Indo-Pacific,Intae,\r\n캐나다,Canada,,\r\n", "utf-8-bom"));

        var entries = GlossaryLoader.Load(path);

        entries.Select(e => e.Sources[0]).ShouldBe(["인태", "캐나다"]);
        entries.Select(e => e.Line).ShouldBe([2, 3]);
        entries[1].Note.ShouldBe(string.Empty);
    }
}
