using Alignment.Eval.RunningText;

namespace Alignment.Eval.Tests.RunningText;

public sealed class SpanMapperTests
{
    private static readonly TextSpan[] Gold = [new(0, 10), new(11, 20), new(22, 30)];

    [Fact]
    public void Should_map_identical_spans_to_themselves()
    {
        SpanMapper.Map(Gold, Gold).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Should_map_a_system_sentence_to_the_gold_sentence_it_shares_most_characters_with()
    {
        // 8 characters of gold 0 and 3 of gold 1; then a piece of gold 1; then one running into gold 2 by 7.
        TextSpan[] system = [new(2, 14), new(15, 18), new(19, 29)];

        SpanMapper.Map(Gold, system).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Should_map_a_tie_to_the_earlier_gold_sentence()
    {
        SpanMapper.Map(Gold, [new TextSpan(6, 15)]).ShouldBe([0]);
    }

    [Fact]
    public void Should_map_a_sentence_outside_every_gold_sentence_to_minus_1()
    {
        SpanMapper.Map(Gold, [new TextSpan(20, 22), new TextSpan(31, 35)]).ShouldBe([-1, -1]);
    }
}
