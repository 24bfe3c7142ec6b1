using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// A shared anchor is weighed by how many sentences near the bead hold it: a name the story repeats pairs no two
/// sentences in particular, one said once pairs the two that say it.
/// </summary>
public sealed class AnchorSpreadTests
{
    [Fact]
    public void Should_count_the_sentences_within_the_window_that_hold_an_anchor()
    {
        var side = Enumerable.Range(0, 40).Select(k => Sentence(50, k is 3 or 5 or 9 or 30 or 31 ? [7] : [])).ToArray();
        var spread = new AnchorSpread(side, anchorCount: 8);

        spread.Around(7, center: 5).ShouldBe(3);
        spread.Around(7, center: 15).ShouldBe(2);
        spread.Around(7, center: 21).ShouldBe(2);
        spread.Around(7, center: 39).ShouldBe(2);
        spread.Around(6, center: 5).ShouldBe(0);
    }

    [Fact]
    public void Should_reward_a_shared_name_less_the_more_nearby_sentences_hold_it()
    {
        // Sentence 0 of each side shares a name with the other; in the second document the story repeats it in
        // every sentence, so it tells little about which sentences pair.
        var alone = Cost([Sentence(50, [1]), Sentence(50, []), Sentence(50, [])], [Sentence(100, [1]), Sentence(100, []), Sentence(100, [])]);
        var repeated = Cost([Sentence(50, [1]), Sentence(50, [1]), Sentence(50, [1])], [Sentence(100, [1]), Sentence(100, [1]), Sentence(100, [1])]);

        (repeated.Cost(0, 1, 0, 1) - alone.Cost(0, 1, 0, 1)).ShouldBe(AlignerOptions.Default.AnchorReward * 2 / 3, 1e-9);
    }

    [Fact]
    public void Should_reward_a_name_fully_when_its_other_mentions_are_beyond_the_window()
    {
        var far = AnchorSpread.Window + 5;
        var source = Enumerable.Range(0, far + 1).Select(k => Sentence(50, k is 0 || k == far ? [1] : [])).ToArray();
        var target = Enumerable.Range(0, far + 1).Select(k => Sentence(100, k is 0 || k == far ? [1] : [])).ToArray();
        var once = Cost([Sentence(50, [1])], [Sentence(100, [1])]);

        Cost(source, target).Cost(0, 1, 0, 1).ShouldBe(once.Cost(0, 1, 0, 1), 1e-9);
    }

    private static BeadCost Cost(SentenceFeatures[] source, SentenceFeatures[] target) =>
        new(source, target, AlignerOptions.Default, new LengthModel(2.0, 80.0), lexicon: null);

    private static SentenceFeatures Sentence(int length, int[] anchors) => new(length, anchors, [], [], 0);
}
