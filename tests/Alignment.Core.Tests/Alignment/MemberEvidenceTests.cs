using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// A sentence merged into a bead must bring something of its own: anchors and the count over a whole bead, with
/// features written in the test (anchor ids stand for numbers and names).
/// </summary>
public sealed class MemberEvidenceTests
{
    [Fact]
    public void Should_find_an_anchor_only_one_member_shares()
    {
        var anchors = new AnchorEvidence([Sentence(anchors: [1, 2]), Sentence(anchors: [2])], [Sentence(anchors: [1, 2])]);

        anchors.SourceMemberAdds(0, 0, 2, 0, 1).ShouldBeTrue();
        anchors.SourceMemberAdds(1, 0, 2, 0, 1).ShouldBeFalse();
    }

    [Fact]
    public void Should_find_an_anchor_only_one_target_member_shares()
    {
        var anchors = new AnchorEvidence([Sentence(anchors: [7, 9])], [Sentence(anchors: [7]), Sentence(anchors: [7, 9])]);

        anchors.TargetMemberAdds(0, 0, 2, 0, 1).ShouldBeFalse();
        anchors.TargetMemberAdds(1, 0, 2, 0, 1).ShouldBeTrue();
    }

    [Fact]
    public void Should_count_a_member_that_shares_only_what_its_neighbour_shares()
    {
        // The second Korean sentence repeats the story's name (anchor 5) and brings nothing else the English has.
        var source = new[] { Sentence(anchors: [5, 6], words: [1]), Sentence(anchors: [5], words: [2]) };
        var target = new[] { Sentence(anchors: [5, 6]) };

        Unmatched(source, target).ShouldBe(1);
    }

    [Fact]
    public void Should_not_count_members_that_each_bring_their_own_anchor()
    {
        var source = new[] { Sentence(anchors: [5, 6], words: [1]), Sentence(anchors: [5, 8], words: [2]) };
        var target = new[] { Sentence(anchors: [5, 6, 8]) };

        Unmatched(source, target).ShouldBe(0);
    }

    [Fact]
    public void Should_not_count_a_member_without_lexicon_words()
    {
        // A sentence with no word the lexicon knows (a quotation of names, a dateline) cannot be judged by its words.
        var source = new[] { Sentence(anchors: [5, 6], words: [1]), Sentence(anchors: [5]) };
        var target = new[] { Sentence(anchors: [5, 6]) };

        Unmatched(source, target).ShouldBe(0);
    }

    private static int Unmatched(SentenceFeatures[] source, SentenceFeatures[] target) =>
        SideEvidence.UnmatchedMembers(source, 0, source.Length, target, 0, target.Length, new LexiconEvidence(null, source, target), new AnchorEvidence(source, target));

    private static SentenceFeatures Sentence(int[]? anchors = null, int[]? words = null) => new(40, anchors ?? [], [], words ?? [], 0);
}
