using Alignment.Core.Alignment;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Lexicons;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// Names as alignment evidence: a Korean word and an English name meet when they sound alike, whether or not the
/// Korean looks like a name (foreign places mostly look like ordinary words) and with its particles off.
/// </summary>
public sealed class NameAnchorTests
{
    private static readonly Lexicon Words = new(KoreanProfile.Instance.LexiconEntries, KoreanProfile.Instance.IsSuffix);

    [Theory]
    [InlineData("대표팀은 주말에 더반에서 평가전을 치른다.", "The team plays a friendly in Durban at the weekend.")]
    [InlineData("회의는 브리스톨에서 열렸다.", "The meeting was held in Bristol.")]
    [InlineData("그는 변수련 위원장을 만났다.", "He met Chairman Byeon Su-ryeon.")]
    [InlineData("비행기는 다시 맨체스터로 향했다.", "The flight continued on to Manchester.")]
    [InlineData("그는 클리브랜드 클리닉의 간호사다.", "She is a nurse at the Cleveland Clinic.")]
    [InlineData("매콤버는 서비스를 설명했다.", "Macomber described the service.")]
    public void Should_find_a_name_both_sentences_hold(string korean, string english) =>
        Shared(korean, english).ShouldNotBeEmpty();

    [Theory]
    [InlineData("대표팀은 주말에 평가전을 치른다.", "The team plays a friendly in Durban at the weekend.")]
    [InlineData("정부는 새 예산안을 발표했다.", "The Jungbu district announced a new budget.")]
    [InlineData("비행기는 다시 공항으로 향했다.", "The flight continued on to Manchester.")]
    [InlineData("그는 미네소타 출신이다.", "He is from Mantes.")]
    public void Should_find_nothing_when_the_korean_has_no_such_name_or_knows_the_word(string korean, string english) =>
        Shared(korean, english).ShouldBeEmpty();

    private static int[] Shared(string korean, string english)
    {
        var target = Segments.English(english);
        var table = new AnchorTable();
        var (source, found) = (new HashSet<int>(), new HashSet<int>());
        NameAnchors.AddSource(korean, KoreanProfile.Instance, Words, NameAnchors.TargetKeys(target, EnglishProfile.Instance, Words), table, source);
        NameAnchors.AddTarget(english, EnglishProfile.Instance, Words, table, found);
        return source.Intersect(found).ToArray();
    }
}
