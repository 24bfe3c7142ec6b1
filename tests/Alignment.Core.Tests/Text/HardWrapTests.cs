using System.Text.RegularExpressions;
using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Text;

/// <summary>
/// A hard-wrapped text (wire copy, e-mail, text from a PDF) is read as the paragraphs it was wrapped from; text whose
/// lines are headlines, paragraphs or list items keeps every line break.
/// </summary>
public sealed class HardWrapTests
{
    private static readonly string Korean =
        "한-캐나다 외교장관 회담…인태 협력 강화 합의\n\n" + Story.Korean.TrimEnd() + "\n\n" +
        "조태열 장관은 회담 뒤 기자들과 만나 \"양국은 핵심 광물과 에너지 분야에서 협력할 여지가 크다\"고 말했다. " +
        "캐나다 외교장관은 내년 상반기 서울을 다시 방문할 계획이다.\n";

    private static readonly string English =
        "Korea, Canada agree to boost Indo-Pacific ties\n\n" + Story.English.TrimEnd() + "\n\n" +
        "Speaking to reporters after the talks, Minister Cho said the two countries had much room to cooperate on " +
        "critical minerals and energy. The Canadian foreign minister plans to visit Seoul again in the first half of next year.\n";

    private static string Analysis(string text) => TextNormalizer.Normalize(SourceText.FromString(text)).Analysis.Text;

    [Theory]
    [InlineData(50)]
    [InlineData(64)]
    [InlineData(72)]
    [InlineData(100)]
    public void Should_read_a_wrapped_english_text_as_its_paragraphs(int width)
    {
        var wrapped = Wrapper.Wrap(English, width);
        wrapped.Split('\n').Length.ShouldBeGreaterThan(English.Split('\n').Length + 3);

        Analysis(wrapped).ShouldBe(English);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(40, false)]
    [InlineData(60, true)]
    [InlineData(76, true)]
    public void Should_read_a_wrapped_korean_text_as_its_paragraphs_by_characters_or_columns(int width, bool columns)
    {
        var wrapped = Wrapper.Wrap(Korean, width, columns);
        wrapped.Split('\n').Length.ShouldBeGreaterThan(Korean.Split('\n').Length + 3);

        Analysis(wrapped).ShouldBe(Korean);
    }

    [Fact]
    public void Should_keep_the_length_and_offsets_of_a_wrapped_text_with_carriage_returns()
    {
        var wrapped = Wrapper.Wrap(English, 60, newline: "\r\n");

        var normalized = TextNormalizer.Normalize(SourceText.FromString(wrapped));

        normalized.Analysis.Text.Length.ShouldBe(wrapped.Length);
        normalized.Map.IsIdentity.ShouldBeTrue();
        normalized.Analysis.Text.Replace("  ", " ").Replace("\r\n", "\n").ShouldBe(English);
    }

    [Fact]
    public void Should_segment_a_wrapped_story_into_the_sentences_of_the_unwrapped_one()
    {
        var unwrapped = Segments.KoreanTexts(Korean);

        var wrapped = Segments.KoreanTexts(Analysis(Wrapper.Wrap(Korean, 36)));

        wrapped.ShouldBe(unwrapped);
        unwrapped.Length.ShouldBe(7);
    }

    [Fact]
    public void Should_read_a_wrapped_text_of_a_sentence_a_line_as_its_lines()
    {
        // No blank lines: each line of the original is a paragraph of its own, and its last wrapped line leaves room.
        var sentences = string.Join('\n', English.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.EndsWith('.') ? s : s + ".")) + "\n";
        var wrapped = Wrapper.Wrap(sentences, 40);
        wrapped.Split('\n').Length.ShouldBeGreaterThan(sentences.Split('\n').Length + 5);

        Analysis(wrapped).ShouldBe(sentences);
    }

    [Fact]
    public void Should_read_a_wrapped_text_with_an_address_longer_than_its_width()
    {
        var withAddress = English.Replace("Speaking to reporters", "Speaking to reporters (https://www.example.org/news/korea-canada-foreign-ministers-talks-2024)", StringComparison.Ordinal);
        var wrapped = Wrapper.Wrap(withAddress, 60);
        wrapped.Split('\n').Max(l => l.Length).ShouldBeGreaterThan(60);

        Analysis(wrapped).ShouldBe(withAddress);
    }

    public static TheoryData<int, bool> CutWidths()
    {
        var widths = new TheoryData<int, bool>();
        foreach (var width in Enumerable.Range(25, 26))
        {
            widths.Add(width, false);
        }

        foreach (var width in Enumerable.Range(25, 26).Select(w => w * 2))
        {
            widths.Add(width, true);
        }

        return widths;
    }

    [Theory]
    [MemberData(nameof(CutWidths))]
    public void Should_join_a_term_cut_inside_at_any_width_when_the_story_writes_it_whole_elsewhere(int width, bool columns)
    {
        var cut = Wrapper.Cut(CutStory.Korean, width, columns);
        cut.Split('\n').Length.ShouldBeGreaterThan(CutStory.Korean.Split('\n').Length + 4);

        var analysis = Analysis(cut);

        Regex.Count(analysis, "한-캐나다").ShouldBe(5);
        Regex.Count(analysis.TrimEnd(), "\n").ShouldBe(Regex.Count(CutStory.Korean.TrimEnd(), "\n"));
    }

    [Fact]
    public void Should_join_an_english_word_cut_inside_when_the_story_writes_it_whole_elsewhere()
    {
        var cut = Wrapper.Cut(CutStory.English, 50);
        cut.ShouldContain("coopera\ntion", Case.Sensitive);
        cut.ShouldContain("Indo-Pacific\n.", Case.Sensitive);
        cut.ShouldContain("first\nhalf", Case.Sensitive);

        var analysis = Analysis(cut);

        analysis.ShouldContain("strengthen supply chain cooperation in the");
        analysis.ShouldContain("stability in the Indo-Pacific.");
        // The cut fell on the space between two words the story writes once each: they stay two.
        analysis.ShouldContain("the first half");
    }

    [Fact]
    public void Should_keep_a_space_where_a_cut_dropped_one_between_two_words()
    {
        // Every line is cut at 40 columns; the cut before 유로-대서양 fell on a space, and nothing else writes
        // 지역과유로-대서양 whole.
        const string text =
            "양국은 이날 공동성명에서 인도태평양 지역과\n" +
            "유로-대서양 지역의 안보가 긴밀히 연계되어\n" +
            "있다는 인식 아래 추가 조치를 함께 모색하기\n" +
            "로 했다고 밝혔다. 양국 장관들은 다음 회의를\n" +
            "내년 서울에서 열기로 하고 실무 협의를 이어\n" +
            "가기로 했다.\n";

        var analysis = Analysis(text);

        analysis.ShouldContain("지역과 유로-대서양");
        analysis.ShouldContain("연계되어 있다는");
    }

    [Theory]
    // A paragraph a line, no blank lines between.
    [InlineData("The two ministers met in Seoul on Monday.\nThey agreed to strengthen security cooperation in the Indo-Pacific region.\nTrade is to reach $20 billion by 2030.\nThe ministry will announce the results on Tuesday.\n")]
    // Headlines and a short list after a full line.
    [InlineData("Korea, Canada agree to boost ties\nMinisters meet in Seoul\nTrade target set at $20 billion\nNext talks in Ottawa\n")]
    [InlineData("The two sides agreed on the following points for the coming year:\n- more trade\n- joint drills\n- a new dialogue\n")]
    // Korean: headline and subheadline, then one paragraph a line.
    [InlineData("한-캐나다 외교장관 회담\n인태 협력 강화 합의\n두 장관은 2일 서울에서 만났다.\n양측은 교역 확대에 합의했다.\n외교부는 3일 결과를 발표한다.\n")]
    // A sentence a line, of every length, as corpora and some exports give them.
    [InlineData("Korea and Canada held their second two-plus-two meeting in Ottawa on Friday.\nThe foreign and defence ministers of both countries attended.\nThey condemned the North's missile launches.\nThe ministers also voiced concern over military cooperation between Pyongyang and Moscow, which they said threatened security in Europe and the Indo-Pacific.\nA joint statement was adopted.\nThe two countries agreed to launch an Indo-Pacific dialogue.\nNegotiations on an agreement to protect military secrets will be sped up.\nThe next meeting will be held in Seoul in 2026.\nCanada will also host the G7 summit next year.\nBoth sides agreed to cooperate for a successful APEC meeting in Gyeongju.\n")]
    // Two lines only: nothing to tell a width from.
    [InlineData("The minister said the talks were\nContinuing in good faith.\n")]
    public void Should_keep_every_line_break_of_text_that_was_not_wrapped(string text)
    {
        TextNormalizer.Normalize(SourceText.FromString(text)).IsUnchanged.ShouldBeTrue();
    }

    [Fact]
    public void Should_keep_a_list_item_on_its_own_line_after_a_full_line()
    {
        const string text =
            "The foreign ministers of the two countries met in Seoul for the\n" +
            "third time this year and spoke for more than two hours on trade.\n" +
            "The two sides agreed to widen their cooperation in three areas\n" +
            "over the coming year, as the joint statement adopted on Monday\n" +
            "set out in some detail for both governments and their agencies:\n" +
            "- trade in critical minerals and batteries for electric cars,\n" +
            "- joint naval drills in the Pacific and in the Atlantic Ocean,\n" +
            "- a new dialogue on the Indo-Pacific region and its security.\n";

        Analysis(text).ShouldBe(
            "The foreign ministers of the two countries met in Seoul for the third time this year and spoke for more than two hours on trade. " +
            "The two sides agreed to widen their cooperation in three areas over the coming year, as the joint statement adopted on Monday set out in some detail for both governments and their agencies:\n" +
            "- trade in critical minerals and batteries for electric cars,\n" +
            "- joint naval drills in the Pacific and in the Atlantic Ocean,\n" +
            "- a new dialogue on the Indo-Pacific region and its security.\n");
    }

    [Fact]
    public void Should_keep_lines_where_lines_are_records()
    {
        var wrapped = Wrapper.Wrap(English, 60);

        TextNormalizer.Normalize(SourceText.FromString(wrapped), keepLines: true).IsUnchanged.ShouldBeTrue();
    }
}
