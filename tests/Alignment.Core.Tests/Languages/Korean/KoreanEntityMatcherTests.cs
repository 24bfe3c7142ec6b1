using Alignment.Core.Gazetteer;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Languages.Korean;

/// <summary>Gazetteer entities in Korean: full names with particles, joined compounds, abbreviation runs, and weak guesses.</summary>
public sealed class KoreanEntityMatcherTests
{
    private static readonly KoreanEntityMatcher Matcher = new(Gazetteers.Entries(), KoreanProfile.Instance.IsSuffix);

    [Theory]
    [InlineData("한-캐나다 외교장관 회담", "한:kr", "캐나다:ca")]
    [InlineData("한·캐나다 외교장관 회담", "한:kr", "캐나다:ca")]
    [InlineData("캐나다와는 협력한다.", "캐나다:ca")]
    [InlineData("한국과 캐나다는 합의했다.", "한국:kr", "캐나다:ca")]
    [InlineData("호주 총리가 방문했다.", "호주:au")]
    [InlineData("오스트리아 총리가 방문했다.", "오스트리아:at")]
    [InlineData("캐나다 오타와에서 열렸다.", "캐나다:ca", "오타와:ca-capital")]
    [InlineData("한미 정상회담이 열렸다.", "한:kr", "미:us")]
    [InlineData("한미동맹을 강화한다.", "한:kr", "미:us")]
    [InlineData("한중일 정상회의", "한:kr", "중:cn", "일:jp")]
    [InlineData("북러 조약이 발효됐다.", "북:kp", "러:ru")]
    [InlineData("아세안지역안보포럼에 참석했다.", "아세안지역안보포럼:asean-regional-forum")]
    // A glued noun that names the thing itself, for its kind: on the sea, the game against a club.
    [InlineData("북한은 동해상으로 미사일을 발사했다.", "북한:kp", "동해:east-sea")]
    [InlineData("그는 한화 이글스전에서 홈런을 쳤다.", "한화 이글스:kbo-hanwha-eagles")]
    public void Should_find_named_entities_as_strong_mentions(string text, params string[] expected)
    {
        var mentions = Find(text);

        mentions.Select(m => $"{m.Text}:{m.Entry.Id}").ShouldBe(expected);
        mentions.ShouldAllBe(m => m.Strong);
    }

    [Theory]
    [InlineData("정부는 대북 전단 살포를 막았다.", "북:kp")]
    [InlineData("방미 중인 장관이 밝혔다.", "미:us")]
    [InlineData("미 국무부는 성명을 냈다.", "미:us")]
    [InlineData("그는 이라크전에 참전했다.", "이라크:iq")]
    public void Should_find_an_entity_inside_a_word_only_as_a_weak_guess(string text, string expected)
    {
        var mention = Find(text).ShouldHaveSingleItem();

        $"{mention.Text}:{mention.Entry.Id}".ShouldBe(expected);
        mention.Strong.ShouldBeFalse();
    }

    [Theory]
    [InlineData("정부는 대북 제재를 강화했다.", "북:kp")]
    [InlineData("반면 대중 수출은 줄었다.", "중:cn")]
    public void Should_find_a_country_towards_which_dealings_go_for_sure(string text, string expected)
    {
        var mention = Find(text).ShouldHaveSingleItem();

        $"{mention.Text}:{mention.Entry.Id}".ShouldBe(expected);
        mention.Strong.ShouldBeTrue();
    }

    [Theory]
    [InlineData("이러한 조치는 이례적이다.")]
    [InlineData("정부는 입장을 밝혔다.")]
    [InlineData("미래 세대를 위한 정책이다.")]
    [InlineData("중요한 회의가 열렸다.")]
    public void Should_leave_ordinary_words_alone(string text)
    {
        Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_read_the_day_of_a_date_as_japan()
    {
        Find("정상회담이 5일 열렸다.").ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_offsets_into_the_whole_text_when_searching_a_slice()
    {
        const string text = "서두 문장. 한-캐나다 회담이 열렸다.";
        var from = text.IndexOf('한', StringComparison.Ordinal);

        var mentions = Matcher.Find(text, from, text.Length).ToList();

        mentions.Select(m => m.Text).ShouldBe(["한", "캐나다"]);
        mentions.ShouldAllBe(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
    }

    private static List<EntityMention> Find(string text)
    {
        var mentions = Matcher.Find(text, 0, text.Length).ToList();
        mentions.ShouldAllBe(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
        return mentions;
    }
}
