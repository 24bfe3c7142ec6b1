using Alignment.Core.Alignment;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// A Korean day of the month meets the English weekday it falls on, once pairs nearby have shown which weekday
/// that is; a weekday that falls on none of the days nearby, or a text with no such pair, gains nothing.
/// </summary>
public sealed class WeekdayLinkTests
{
    private const string Korean = """
        대통령은 27일 서울에서 기자회견을 열고 새 예산안을 발표했다.
        야당은 28일 예산안에 반대하는 성명을 냈다.
        여당 대변인은 29일 국회에서 표결이 열린다고 말했다.
        """;

    private const string English = """
        The president unveiled the new budget at a news conference in Seoul on Sunday.
        The opposition issued a statement against the budget on Monday.
        A ruling party spokesman said the vote will be held in parliament on Tuesday.
        """;

    [Fact]
    public void Should_give_each_weekday_the_day_it_falls_on()
    {
        var (source, target, linked) = Link(Korean, English, window: 12);
        for (var k = 0; k < 3; k++)
        {
            target[k].Anchors.ShouldNotContain(source[k].Days[0].Anchor, $"sentence {k} before linking");
            linked[k].Anchors.ShouldContain(source[k].Days[0].Anchor, $"sentence {k}");
            linked[k].Anchors.Intersect(source.Where((_, i) => i != k).Select(s => s.Days[0].Anchor)).ShouldBeEmpty($"sentence {k}'s other days");
        }
    }

    [Fact]
    public void Should_leave_a_weekday_that_falls_on_no_day_nearby()
    {
        // Sunday and Tuesday agree that 28일 is a Monday: "Friday" is another day, maybe a wrong one.
        var (_, _, linked) = Link(Korean, English.Replace("on Monday", "on Friday", StringComparison.Ordinal), window: 12);
        linked[1].Anchors.Length.ShouldBe(1, "the weekday's own anchor only");
    }

    [Fact]
    public void Should_not_link_days_beyond_the_window()
    {
        var (source, _, linked) = Link(Korean, English, window: 0);
        linked[0].Anchors.ShouldContain(source[0].Days[0].Anchor, "its own pair");
        linked[1].Anchors.ShouldNotContain(source[0].Days[0].Anchor);
        var (_, _, far) = Link(Korean, English.Replace("on Monday", "on Sunday", StringComparison.Ordinal), window: 0);
        far[1].Anchors.ShouldNotContain(source[0].Days[0].Anchor, "27일 is a whole sentence away");
    }

    [Fact]
    public void Should_change_nothing_without_a_pair_holding_a_day_and_a_weekday()
    {
        var (_, target, linked) = Link(Korean, English.Replace("on Sunday", "", StringComparison.Ordinal).Replace("on Monday", "", StringComparison.Ordinal).Replace("on Tuesday", "", StringComparison.Ordinal), window: 12);
        linked.ShouldBeSameAs(target);
    }

    [Fact]
    public void Should_score_a_pair_whose_weekday_fits_above_one_whose_weekday_does_not()
    {
        var right = Aligned.Lines((Korean, English)).Result.Beads[1];
        var wrong = Aligned.Lines((Korean, English.Replace("on Monday", "on Friday", StringComparison.Ordinal))).Result.Beads[1];
        (right.SourceIds.Single(), right.TargetIds.Single(), wrong.SourceIds.Single(), wrong.TargetIds.Single()).ShouldBe((1, 1, 1, 1));
        right.Score.ShouldBeGreaterThan(wrong.Score);
    }

    private static (SentenceFeatures[] Source, SentenceFeatures[] Target, SentenceFeatures[] Linked) Link(string korean, string english, int window)
    {
        var table = new AnchorTable();
        var source = FeatureExtractor.Extract(Segments.Korean(korean), KoreanProfile.Instance, null, [], table, []);
        var target = FeatureExtractor.Extract(Segments.English(english), EnglishProfile.Instance, null, [], table, targetNames: null);
        source.Length.ShouldBe(3);
        target.Length.ShouldBe(3);
        var path = Enumerable.Range(0, 3).Select(k => (k, k + 1, k, k + 1)).ToList();
        return (source, target, WeekdayLinks.Add(path, source, target, window));
    }
}
