namespace Alignment.Core.Tests.Alignment;

/// <summary>Omissions, additions and merges come out as beads of their own shape, not glued to a neighbour.</summary>
public sealed class AlignmentShapeTests
{
    private static readonly string[] Korean =
    [
        "정부는 20일 내년 예산안을 국회에 제출했다.",
        "예산 규모는 올해보다 3.2% 늘어난 680조원이다.",
        "기획재정부는 복지와 국방 예산을 크게 늘렸다고 설명했다.",
        "한편 이날 서울 도심에서는 대규모 집회가 열렸다.",
        "야당은 경기 부양 효과가 부족하다며 대폭 수정을 요구했다.",
        "국회는 다음 달 2일까지 예산안을 심사한다.",
        "여당 원내대표는 기한 내 처리를 약속했다.",
    ];

    private static readonly string[] English =
    [
        "The government submitted next year's budget bill to the National Assembly on the 20th.",
        "At 680 trillion won, the budget is 3.2 percent larger than this year's.",
        "The Ministry of Economy and Finance said it had sharply increased spending on welfare and defense.",
        "Meanwhile, a large rally took place in downtown Seoul that day.",
        "The opposition party demanded extensive changes, saying the plan would do too little to stimulate the economy.",
        "The National Assembly will review the budget bill until the 2nd of next month.",
        "The ruling party's floor leader promised to pass it before the deadline.",
    ];

    [Fact]
    public void Should_pair_a_story_translated_sentence_by_sentence_one_to_one()
    {
        var beads = Shapes(Korean, English);

        beads.ShouldBe(["0|0", "1|1", "2|2", "3|3", "4|4", "5|5", "6|6"]);
    }

    [Fact]
    public void Should_leave_a_korean_sentence_the_english_dropped_unpaired_rather_than_merged()
    {
        // The dropped sentence's length would fit a merge with either neighbour; it shares no word with them.
        var beads = Shapes(Korean, English.Where((_, i) => i != 3).ToArray());

        beads.ShouldBe(["0|0", "1|1", "2|2", "3|", "4|3", "5|4", "6|5"]);
    }

    [Fact]
    public void Should_leave_an_english_sentence_the_source_lacks_unpaired()
    {
        var english = English.Take(3).Append("Analysts expect heated negotiations over regional infrastructure projects this winter.").Concat(English.Skip(3)).ToArray();

        Shapes(Korean, english).ShouldBe(["0|0", "1|1", "2|2", "|3", "3|4", "4|5", "5|6", "6|7"]);
    }

    [Fact]
    public void Should_not_pair_a_dropped_korean_sentence_with_an_unrelated_english_sentence_in_its_place()
    {
        // Lengths alone would pair them one-to-one; many words a side and none shared say they are not translations.
        string[] korean = [.. Korean[..3], "한편 이날 서울 도심에서는 노동계와 시민단체가 주최한 대규모 집회가 열려 경찰이 교통을 통제했다.", .. Korean[4..]];
        string[] english = [.. English[..3], "Separately, the central bank warned that household debt and housing prices remain a serious risk to financial stability.", .. English[4..]];

        var beads = Shapes(korean, english);

        // An omission and an addition side by side may come in either order.
        beads.Where(b => b is not ("3|" or "|3")).ShouldBe(["0|0", "1|1", "2|2", "4|4", "5|5", "6|6"]);
        beads.ShouldContain("3|");
        beads.ShouldContain("|3");
    }

    [Fact]
    public void Should_merge_two_korean_sentences_that_one_english_sentence_translates()
    {
        string[] english =
        [
            English[0],
            English[1],
            English[2],
            English[3],
            "The opposition party demanded extensive changes to the plan, and the National Assembly will review the budget bill until the 2nd of next month.",
            English[6],
        ];

        Shapes(Korean, english).ShouldBe(["0|0", "1|1", "2|2", "3|3", "4 5|4", "6|5"]);
    }

    private static string[] Shapes(string[] korean, string[] english)
    {
        var aligned = Aligned.Lines((string.Join('\n', korean), string.Join('\n', english)));
        aligned.ShouldCoverEverySentenceOnceInOrder();
        return aligned.Result.Beads.Select(b => $"{string.Join(' ', b.SourceIds)}|{string.Join(' ', b.TargetIds)}").ToArray();
    }
}
