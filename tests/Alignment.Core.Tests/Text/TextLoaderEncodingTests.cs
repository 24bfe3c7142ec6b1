using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Text;

public sealed class TextLoaderEncodingTests
{
    private const string Korean = "한-캐나다 외교장관이 2일 서울에서 회담을 열었다. 두 장관은 인태 지역의 협력을 강화하기로 했다.";
    private const string English = "The Korea-Canada foreign ministers met in Seoul on the 2nd. They agreed to deepen cooperation.";

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var encoding in new[] { "utf-8", "utf-8-bom", "utf-16le", "utf-16be" })
        {
            data.Add(Korean, encoding);
            data.Add(English, encoding);
        }

        data.Add(Korean, "cp949");
        data.Add("Korea’s “2+2” talks — held at a café in Seoul — ended.", "windows-1252");
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_decode_the_text_without_its_byte_order_mark(string text, string encoding)
    {
        var decoded = TextLoader.Decode("story/source.ko.txt", Encodings.Encode(text, encoding));

        decoded.Text.ShouldBe(text);
        decoded.EncodingName.ShouldBe(encoding);
        decoded.Path.ShouldBe("story/source.ko.txt");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_load_a_file_in_any_supported_encoding(string text, string encoding)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("source.ko.txt", Encodings.Encode(text, encoding));

        var loaded = TextLoader.Load(path);

        loaded.Text.ShouldBe(text);
        loaded.EncodingName.ShouldBe(encoding);
    }

    [Theory]
    [InlineData("Seoul’s plan")] // ’s is a valid CP949 pair: a syllable nobody writes
    [InlineData("He said “Yes” twice.")]
    [InlineData("Peña and García met.")]
    public void Should_read_english_written_on_windows_as_windows_1252_not_as_cp949(string text)
    {
        var decoded = TextLoader.Decode("target.en.txt", Encodings.Encode(text, "windows-1252"));

        decoded.Text.ShouldBe(text);
        decoded.EncodingName.ShouldBe("windows-1252");
    }

    [Fact]
    public void Should_read_korean_with_a_rare_syllable_as_cp949()
    {
        // 똠 lies outside KS X 1001: CP949 gives it a pair Windows-1252 could also read.
        const string text = "똠양꿍 가게가 서울에 문을 열었다.";

        var decoded = TextLoader.Decode("source.ko.txt", Encodings.Encode(text, "cp949"));

        decoded.Text.ShouldBe(text);
        decoded.EncodingName.ShouldBe("cp949");
    }

    [Fact]
    public void Should_read_plain_ascii_as_utf8_not_as_cp949()
    {
        TextLoader.Decode("a.txt", Encodings.Encode("Seoul, Nov. 2", "cp949")).EncodingName.ShouldBe("utf-8");
    }

    [Fact]
    public void Should_keep_a_zero_width_no_break_space_that_is_not_at_the_start()
    {
        var text = "The talks\uFEFF ended.";

        TextLoader.Decode("a.txt", Encodings.Encode(text, "utf-8-bom")).Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("그는\t말했다.")]
    [InlineData("첫 쪽이다.\f둘째 쪽이다.")]
    public void Should_accept_tabs_and_form_feeds_as_text(string text)
    {
        TextLoader.Decode("a.txt", Encodings.Encode(text, "utf-8")).Text.ShouldBe(text);
    }
}
