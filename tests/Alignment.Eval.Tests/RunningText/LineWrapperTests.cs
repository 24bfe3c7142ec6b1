using Alignment.Eval.RunningText;

namespace Alignment.Eval.Tests.RunningText;

public sealed class LineWrapperTests
{
    [Fact]
    public void Should_break_at_the_last_space_that_keeps_a_line_within_the_width()
    {
        LineWrapper.Wrap("The two ministers met in Seoul on Monday.\n\nThey agreed.", 20)
            .ShouldBe("The two ministers\nmet in Seoul on\nMonday.\n\nThey agreed.");
    }

    [Fact]
    public void Should_count_hangul_as_two_columns()
    {
        // 두 장관은 (2 + 1 + 6 = 9 columns) and 서울에서 (8) do not fit in 16 together.
        LineWrapper.Wrap("두 장관은 서울에서 만났다.", 16).ShouldBe("두 장관은\n서울에서 만났다.");
    }

    [Fact]
    public void Should_keep_a_word_longer_than_the_width_on_a_line_of_its_own()
    {
        LineWrapper.Wrap("see https://example.org/a/very/long/address for more", 12)
            .ShouldBe("see\nhttps://example.org/a/very/long/address\nfor more");
    }

    [Fact]
    public void Should_keep_every_offset()
    {
        const string text = "Korea and Canada held talks. 양국은 회담 결과를 담은 공동성명을 채택했다.\n\nThe next meeting is in 2026.";

        var wrapped = LineWrapper.Wrap(text, 18);

        wrapped.Length.ShouldBe(text.Length);
        wrapped.Replace('\n', ' ').ShouldBe(text.Replace('\n', ' '));
        wrapped.Split('\n').Length.ShouldBeGreaterThan(5);
    }
}
