using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    private static NormalizedText Normalize(string text) => TextNormalizer.Normalize(SourceText.FromString(text));

    [Fact]
    public void Should_return_the_text_itself_when_there_is_nothing_to_normalize()
    {
        var source = SourceText.FromString("장관은 R&D 예산을 늘렸다. AT&T; said so.\r\n");
        var normalized = TextNormalizer.Normalize(source);
        normalized.IsUnchanged.ShouldBeTrue();
        normalized.Analysis.ShouldBeSameAs(source);
        normalized.Map.IsIdentity.ShouldBeTrue();
    }

    [Fact]
    public void Should_compose_every_syllable_written_as_conjoining_jamo()
    {
        var syllables = new string(Enumerable.Range('가', '힣' - '가' + 1).Select(c => (char)c).ToArray());
        var decomposed = Jamo.Decompose(syllables);
        decomposed.Length.ShouldBeGreaterThan(syllables.Length * 2);

        var normalized = Normalize(decomposed);

        normalized.Analysis.Text.ShouldBe(syllables);
        for (var i = 0; i <= syllables.Length; i++)
        {
            // Each syllable maps to where its jamo begin, and the end to the end.
            normalized.Map.ToOriginal(i).ShouldBe(Jamo.Decompose(syllables[..i]).Length);
        }
    }

    [Fact]
    public void Should_compose_a_final_jamo_written_after_a_syllable_without_one()
    {
        Normalize("가\u11A8 회의").Analysis.Text.ShouldBe("각 회의");
    }

    [Fact]
    public void Should_leave_jamo_that_make_no_syllable()
    {
        // A lone initial, a lone medial after a Latin letter, an archaic initial with a medial.
        Normalize("\u1100 a\u1161 \u1140\u1161 ㄱㄴ").Analysis.Text.ShouldBe("\u1100 a\u1161 \u1140\u1161 ㄱㄴ");
    }

    [Fact]
    public void Should_drop_zero_width_characters_and_soft_hyphens_and_map_offsets_past_them()
    {
        var normalized = Normalize("인\u200B태 inter\u00ADnational \uFEFF외교");

        normalized.Analysis.Text.ShouldBe("인태 international 외교");
        var text = normalized.Original.Text;
        var start = normalized.Analysis.Text.IndexOf("international", StringComparison.Ordinal);
        var (from, to) = normalized.Map.ToOriginal(start, start + "international".Length);
        text[from..to].ShouldBe("inter\u00ADnational");
        text[normalized.Map.ToOriginal(normalized.Analysis.Text.Length - 2)..].ShouldBe("외교");
    }

    [Fact]
    public void Should_turn_no_break_and_wide_spaces_into_plain_ones_without_moving_offsets()
    {
        var normalized = Normalize("2\u00A0000억\u3000달러\u202Fwon");

        normalized.Analysis.Text.ShouldBe("2 000억 달러 won");
        normalized.IsUnchanged.ShouldBeFalse();
        normalized.Map.IsIdentity.ShouldBeTrue();
    }

    [Fact]
    public void Should_read_full_width_ascii_as_ascii_without_moving_offsets()
    {
        var normalized = Normalize("ＬＧ전자는 Ｇ７ 회의에서 ５０％（１조 원）를 밝혔다．");

        normalized.Analysis.Text.ShouldBe("LG전자는 G7 회의에서 50%(1조 원)를 밝혔다.");
        normalized.Map.IsIdentity.ShouldBeTrue();
    }

    [Theory]
    [InlineData("&quot;Yes,&quot; he said.", "\"Yes,\" he said.")]
    [InlineData("Seoul&#8217;s plan &amp; Ottawa&#x2019;s", "Seoul’s plan & Ottawa’s")]
    [InlineData("Pe&ntilde;a &mdash; again", "Peña — again")]
    public void Should_decode_character_references(string text, string expected)
    {
        Normalize(text).Analysis.Text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("R&D spending; AT&T; S&P 500")]
    [InlineData("&unknownname; and & alone; &#;")]
    public void Should_leave_ampersands_that_are_no_character_reference(string text)
    {
        Normalize(text).Analysis.Text.ShouldBe(text);
    }

    [Fact]
    public void Should_map_a_span_over_a_character_reference_to_the_whole_reference()
    {
        var normalized = Normalize("He said &quot;no&quot; twice.");
        var analysis = normalized.Analysis.Text;
        var (start, end) = (analysis.IndexOf('"'), analysis.LastIndexOf('"') + 1);

        var (from, to) = normalized.Map.ToOriginal(start, end);
        normalized.Original.Text[from..to].ShouldBe("&quot;no&quot;");
    }

    [Fact]
    public void Should_read_html_block_tags_as_breaks_and_drop_inline_ones()
    {
        var normalized = Normalize("<p>The <b>Korea-Canada</b> talks.</p>\n<p>They met<br/>again.<!-- end --></p>");

        normalized.Analysis.Text.ShouldBe("\n\nThe Korea-Canada talks.\n\n\n\n\nThey met\nagain.\n\n");
        var start = normalized.Analysis.Text.IndexOf("Korea-Canada", StringComparison.Ordinal);
        var (from, to) = normalized.Map.ToOriginal(start, start + "Korea-Canada".Length);
        normalized.Original.Text[from..to].ShouldBe("Korea-Canada");
    }

    [Fact]
    public void Should_end_a_span_before_what_was_dropped_after_it_and_keep_an_empty_span_empty()
    {
        var normalized = Normalize("<p>인태\u200B<b></b> 대화</p><p>끝</p>");
        var analysis = normalized.Analysis.Text;
        var start = analysis.IndexOf("인태", StringComparison.Ordinal);

        var (from, to) = normalized.Map.ToOriginal(start, start + 2);
        normalized.Original.Text[from..to].ShouldBe("인태");
        var (at, end) = normalized.Map.ToOriginal(start + 2, start + 2);
        end.ShouldBe(at);
        normalized.Original.Text[at..].ShouldStartWith(" 대화"); // after the dropped characters, where the next text starts
    }

    [Fact]
    public void Should_add_no_line_break_when_lines_are_records()
    {
        var normalized = TextNormalizer.Normalize(SourceText.FromString("<p>One.</p><p>Two.<br>Three.</p>\n<p>Four.</p>\n"), keepLines: true);

        normalized.Analysis.Text.ShouldBe(" One.  Two. Three. \n Four. \n");
    }

    [Fact]
    public void Should_leave_comments_left_open_as_text_in_one_pass()
    {
        // Each "<!--" that never closes would otherwise be read to the end of the text: quadratic in its length.
        var open = string.Concat(Enumerable.Repeat("<!-- x ", 20_000));
        var text = "<p>One.</p><p>Two.</p>" + open;

        Normalize(text).Analysis.Text.ShouldBe("\n\nOne.\n\n\n\nTwo.\n\n" + open);
    }

    [Theory]
    [InlineData("If a < b and c > d, prices fall.")]
    [InlineData("<Opinion> The talks went well.\nThey met <again>.")]
    [InlineData("One <p> tag alone is text.")]
    public void Should_leave_angle_brackets_in_plain_text(string text)
    {
        Normalize(text).Analysis.Text.ShouldBe(text);
    }

    [Fact]
    public void Should_never_touch_line_breaks()
    {
        var text = Jamo.Decompose("첫째 줄\r\n둘째\u200B 줄\n\n셋째 줄\n");
        var normalized = Normalize(text);

        normalized.Analysis.Text.ShouldBe("첫째 줄\r\n둘째 줄\n\n셋째 줄\n");
        var breaks = Enumerable.Range(0, normalized.Analysis.Text.Length).Where(i => normalized.Analysis.Text[i] == '\n');
        breaks.Select(b => normalized.Map.ToOriginal(b)).ShouldBe(Enumerable.Range(0, text.Length).Where(i => text[i] == '\n'));
    }
}
