using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Text;

/// <summary>Offsets refer to the decoded text with the BOM left out and line endings untouched.</summary>
public sealed class TextLoaderLineEndingTests
{
    private const string Korean = "한-캐나다 외교장관 회담{0}{0}두 장관은 2일 서울에서 만났다.{0}양측은 인태 협력을 강화하기로 했다.{0}";
    private const string English = "Korea-Canada foreign ministers meet{0}{0}The two ministers met in Seoul on the 2nd.{0}They agreed to deepen Indo-Pacific{0}cooperation.{0}";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var newline in new[] { "\n", "\r\n" })
        {
            foreach (var encoding in new[] { "utf-8", "utf-8-bom", "utf-16le", "utf-16be" })
            {
                data.Add(newline, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_keep_line_endings_and_offsets_in_a_korean_file(string newline, string encoding)
    {
        var text = string.Format(null, Korean, newline);

        var loaded = TextLoader.Decode("source.ko.txt", Encodings.Encode(text, encoding));
        var segmented = Segments.Korean(loaded.Text);

        loaded.Text.ShouldBe(text);
        segmented.Sentences.Select(s => s.Text).ShouldBe(["한-캐나다 외교장관 회담", "두 장관은 2일 서울에서 만났다.", "양측은 인태 협력을 강화하기로 했다."]);
        segmented.Sentences[0].Start.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_keep_line_endings_and_offsets_in_an_english_file(string newline, string encoding)
    {
        var text = string.Format(null, English, newline);

        var loaded = TextLoader.Decode("target.en.txt", Encodings.Encode(text, encoding));
        var segmented = Segments.English(loaded.Text);

        loaded.Text.ShouldBe(text);
        segmented.Sentences.Select(s => s.Text).ShouldBe([
            "Korea-Canada foreign ministers meet",
            "The two ministers met in Seoul on the 2nd.",
            $"They agreed to deepen Indo-Pacific{newline}cooperation.",
        ]);
        segmented.Sentences[1].Start.ShouldBe(text.IndexOf("The two", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_cp949_line_endings()
    {
        var text = "두 장관은 만났다.\r\n양측은 합의했다.\r\n";

        var loaded = TextLoader.Decode("source.ko.txt", Encodings.Encode(text, "cp949"));

        loaded.Text.ShouldBe(text);
        Segments.Korean(loaded.Text).Sentences[1].Start.ShouldBe(text.IndexOf("양측", StringComparison.Ordinal));
    }
}
