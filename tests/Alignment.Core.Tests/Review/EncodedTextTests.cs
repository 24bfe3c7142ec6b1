using System.Text;
using Alignment.Core.Review;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Review;

/// <summary>An edited translation keeps its encoding, byte-order mark and line endings: only the edit's bytes change.</summary>
public sealed class EncodedTextTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("alignment-encoded-").FullName;

    static EncodedTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, int> Encodings() => new() { { "utf-8", 0 }, { "utf-8-bom", 3 }, { "utf-16le", 2 }, { "utf-16be", 2 }, { "cp949", 0 } };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Should_change_only_the_bytes_of_the_edit(string name, int preamble)
    {
        const string text = "[서울=뉴시스] The Intae Dialogue began.\r\nIt will meet in 2026.\n";
        var encoding = name switch
        {
            "utf-16le" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            "cp949" => Encoding.GetEncoding(949),
            _ => new UTF8Encoding(name == "utf-8-bom"),
        };
        var path = Path.Combine(folder, name + ".txt");
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        var file = EncodedText.Load(path);
        file.Text.EncodingName.ShouldBe(name);

        var bytes = file.Encode(text.Replace("Intae", "Indo-Pacific", StringComparison.Ordinal));

        bytes.ShouldBe([.. encoding.GetPreamble(), .. encoding.GetBytes(text.Replace("Intae", "Indo-Pacific", StringComparison.Ordinal))]);
        bytes.AsSpan(0, preamble).SequenceEqual(File.ReadAllBytes(path).AsSpan(0, preamble)).ShouldBeTrue();
    }

    [Fact]
    public void Should_write_english_from_windows_back_in_windows_1252()
    {
        const string text = "Seoul’s “Intae” Dialogue began.\r\n";
        var windows = Encoding.GetEncoding(1252);
        var path = Path.Combine(folder, "windows.txt");
        File.WriteAllBytes(path, windows.GetBytes(text));
        var file = EncodedText.Load(path);
        file.Text.EncodingName.ShouldBe("windows-1252");

        file.Encode(text.Replace("Intae", "Indo-Pacific", StringComparison.Ordinal))
            .ShouldBe(windows.GetBytes(text.Replace("Intae", "Indo-Pacific", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_refuse_an_edit_the_file_encoding_cannot_write_rather_than_write_a_question_mark()
    {
        var path = Path.Combine(folder, "windows.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding(1252).GetBytes("Seoul’s Intae Dialogue began.\n"));
        var file = EncodedText.Load(path);

        var error = Should.Throw<InputException>(() => file.Encode("Seoul’s 인태 Dialogue began.\n"));

        error.Message.ShouldContain("windows-1252 cannot write");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
