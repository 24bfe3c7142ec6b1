using Alignment.Core.Alignment;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Tests.Alignment;

/// <summary>The lexicon overlap of two sentences, with a lexicon written in the test.</summary>
public sealed class LexiconEvidenceTests
{
    private static readonly Lexicon Lexicon = new(
        [("장관", ["minister"]), ("총리", ["prime", "minister"]), ("차관", ["vice", "minister"]), ("회담", ["talks", "meeting"]), ("수출", ["export"])],
        KoreanProfile.Instance.IsSuffix);

    [Fact]
    public void Should_score_a_sentence_pair_sharing_every_word_as_one()
    {
        Overlap("장관은 회담에서", "The minister said at the talks").ShouldBe(1.0, 1e-9);
    }

    [Fact]
    public void Should_score_a_sentence_pair_sharing_no_word_as_zero()
    {
        Overlap("수출은", "The minister said at the talks").ShouldBe(0);
    }

    [Fact]
    public void Should_not_let_one_english_word_confirm_two_korean_entries()
    {
        // 장관 and 차관 both list "minister"; one "minister" answers for one of them, and 차관 stays unmatched.
        Overlap("장관과 차관이", "The minister spoke.").ShouldBeLessThan(1.0);
        Overlap("장관과 차관이", "The minister and the vice minister spoke.").ShouldBe(1.0, 1e-9);
    }

    [Fact]
    public void Should_not_shrink_the_overlap_because_an_english_word_serves_many_entries()
    {
        // As entries, "minister" would stand for three ids of which the source can match one.
        Overlap("장관은", "The minister resigned.").ShouldBe(1.0, 1e-9);
    }

    [Fact]
    public void Should_find_what_a_source_member_confirms_that_its_neighbour_does_not()
    {
        // Both Korean sentences confirm "minister"; only the first confirms "talks".
        var (source, target) = Features(["장관은 회담에서", "장관은 말했다"], ["The minister held talks."]);
        var evidence = new LexiconEvidence(Lexicon, source, target);

        evidence.SourceMemberAdds(0, 0, 2, 0, 1).ShouldBeTrue();
        evidence.SourceMemberAdds(1, 0, 2, 0, 1).ShouldBeFalse();
    }

    [Fact]
    public void Should_count_a_word_the_neighbour_does_not_confirm_as_added()
    {
        var (source, target) = Features(["장관은 회담에서", "장관은 수출을"], ["The minister held talks on export."]);
        var evidence = new LexiconEvidence(Lexicon, source, target);

        evidence.SourceMemberAdds(1, 0, 2, 0, 1).ShouldBeTrue();
    }

    [Fact]
    public void Should_compare_the_middle_member_of_three_with_both_ends()
    {
        var (source, target) = Features(["장관은", "회담에서", "장관은"], ["The minister held talks."]);
        var evidence = new LexiconEvidence(Lexicon, source, target);

        evidence.SourceMemberAdds(1, 0, 3, 0, 1).ShouldBeTrue();
        evidence.SourceMemberAdds(0, 0, 3, 0, 1).ShouldBeFalse();
        evidence.SourceMemberAdds(2, 0, 3, 0, 1).ShouldBeFalse();
    }

    [Fact]
    public void Should_find_what_a_target_member_holds_that_its_neighbour_does_not()
    {
        var (source, target) = Features(["장관은 회담에서"], ["The minister spoke.", "The minister held talks."]);
        var evidence = new LexiconEvidence(Lexicon, source, target);

        evidence.TargetMemberAdds(0, 0, 2, 0, 1).ShouldBeFalse();
        evidence.TargetMemberAdds(1, 0, 2, 0, 1).ShouldBeTrue();
    }

    [Fact]
    public void Should_find_nothing_added_by_a_member_that_shares_nothing()
    {
        var (source, target) = Features(["장관은", "수출은"], ["The minister resigned."]);
        var evidence = new LexiconEvidence(Lexicon, source, target);

        evidence.SourceMemberAdds(0, 0, 2, 0, 1).ShouldBeTrue();
        evidence.SourceMemberAdds(1, 0, 2, 0, 1).ShouldBeFalse();
    }

    private static double Overlap(string korean, string english)
    {
        var (source, target) = Features([korean], [english]);
        var evidence = new LexiconEvidence(Lexicon, source, target);
        return evidence.Overlap(0, 1, 0, 1);
    }

    private static (SentenceFeatures[] Source, SentenceFeatures[] Target) Features(string[] korean, string[] english) =>
        (korean.Select(k => Sentence(k, true)).ToArray(), english.Select(e => Sentence(e, false)).ToArray());

    private static SentenceFeatures Sentence(string text, bool isSource) => LexiconSentences.Of(Lexicon, text, isSource);
}
