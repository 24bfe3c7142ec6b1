using Alignment.Core.Alignment;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// Measures as alignment evidence: a figure and the conversion English news gives instead meet, so the pair is
/// neither denied the match nor charged for a figure each side lacks; a different measure still counts against it.
/// </summary>
public sealed class QuantityAnchorTests
{
    [Theory]
    [InlineData("태풍은 화련에서 남동쪽으로 289㎞ 떨어진 지점에 있다.", "The storm was about 180 miles southeast of Hualien.")]
    [InlineData("태풍은 시속 120㎞의 강풍을 동반했다.", "The storm packed winds of 75 mph.")]
    [InlineData("곰은 무게가 700㎏이 넘는다.", "The bears weigh up to 1,500 pounds.")]
    [InlineData("낮 기온이 35℃까지 올랐다.", "Temperatures reached 95 degrees Fahrenheit.")]
    [InlineData("산불로 숲 3000㏊가 탔다.", "The fire burned 7,400 acres of forest.")]
    [InlineData("폭발물은 15m 간격으로 설치됐다.", "The devices were placed 15 meters (49 feet) apart.")]
    [InlineData("태풍은 화련에서 남동쪽으로 289km 떨어진 지점에 있다.", "The storm was about 180 miles southeast of Hualien.")]
    [InlineData("곰은 무게가 700kg이 넘는다.", "The bears weigh up to 1,500 pounds.")]
    public void Should_meet_a_measure_and_its_conversion(string korean, string english)
    {
        var (source, target) = Features(korean, english);
        source.StrongAnchors.Except(target.Anchors).ShouldBeEmpty();
        target.StrongAnchors.Except(source.Anchors).ShouldBeEmpty();
        source.Anchors.Intersect(target.Anchors).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("태풍은 화련에서 남동쪽으로 289㎞ 떨어진 지점에 있다.", "The storm was about 120 miles southeast of Hualien.")]
    [InlineData("태풍은 화련에서 남동쪽으로 289㎞ 떨어진 지점에 있다.", "The storm weighed 289 pounds.")]
    [InlineData("낮 기온이 35℃까지 올랐다.", "Temperatures reached 35 degrees Fahrenheit.")]
    [InlineData("곰은 무게가 700㎏이 넘는다.", "The bears are dangerous.")]
    [InlineData("G7 정상들은 300km 떨어진 곳에서 만났다.", "The leaders met about 186 miles away.")]
    public void Should_count_a_measure_the_other_side_lacks(string korean, string english)
    {
        var (source, target) = Features(korean, english);
        source.StrongAnchors.Except(target.Anchors).ShouldNotBeEmpty();
    }

    private static (SentenceFeatures Source, SentenceFeatures Target) Features(string korean, string english)
    {
        var table = new AnchorTable();
        var source = FeatureExtractor.Extract(Segments.Korean(korean), KoreanProfile.Instance, null, [], table, []);
        var target = FeatureExtractor.Extract(Segments.English(english), EnglishProfile.Instance, null, [], table, targetNames: null);
        source.Length.ShouldBe(1);
        target.Length.ShouldBe(1);
        return (source[0], target[0]);
    }
}
