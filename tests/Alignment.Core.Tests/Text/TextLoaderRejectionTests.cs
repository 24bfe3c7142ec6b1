using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Text;

public sealed class TextLoaderRejectionTests
{
    public static TheoryData<string, byte[]> Unusable()
    {
        var random = new byte[512];
        new Random(20251102).NextBytes(random);
        var controls = Enumerable.Range(0, 64).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();
        return new TheoryData<string, byte[]>
        {
            { "empty", [] },
            { "BOM only", [0xEF, 0xBB, 0xBF] },
            { "whitespace only", Encodings.Encode(" \r\n\t\n  \n", "utf-8") },
            { "UTF-16 whitespace only", Encodings.Encode("\r\n \r\n", "utf-16le") },
            { "NUL bytes", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00] },
            { "random bytes", random },
            { "control characters", controls },
            { "bytes that are neither UTF-8 nor CP949", [0xC8, 0xFF, 0x80, 0xFF, 0xC8, 0x80] },
        };
    }

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Should_refuse_bytes_that_are_not_text_naming_the_file(string what, byte[] bytes)
    {
        var error = Should.Throw<InputException>(() => TextLoader.Decode("stories/001/target.en.txt", bytes), what);

        error.File.ShouldBe("stories/001/target.en.txt");
        error.Message.ShouldStartWith("stories/001/target.en.txt");
        error.Line.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Should_refuse_a_file_that_is_not_text_naming_the_file(string what, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("target.en.txt", bytes);

        Should.Throw<InputException>(() => TextLoader.Load(path), what).Message.ShouldContain(path);
    }

    [Fact]
    public void Should_refuse_a_missing_file_naming_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("missing.ko.txt");

        var error = Should.Throw<InputException>(() => TextLoader.Load(path));

        error.File.ShouldBe(path);
        error.Message.ShouldContain(path);
    }

    [Fact]
    public void Should_refuse_a_file_in_a_missing_folder()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "nowhere", "source.ko.txt");

        Should.Throw<InputException>(() => TextLoader.Load(path)).File.ShouldBe(path);
    }

    [Fact]
    public void Should_refuse_a_utf16_file_cut_in_half()
    {
        byte[] bytes = [.. Encodings.Encode("회담", "utf-16le"), 0x00];

        Should.Throw<InputException>(() => TextLoader.Decode("a.txt", bytes)).Message.ShouldStartWith("a.txt");
    }

    [Fact]
    public void Should_accept_one_stray_control_character_in_a_long_text()
    {
        var text = "두 장관은 2일 서울에서 회담을 열고 인태 지역의 안보 협력을 강화하기로 합의했다.\u0007" + new string('가', 200);

        TextLoader.Decode("a.txt", Encodings.Encode(text, "utf-8")).Text.ShouldBe(text);
    }
}
