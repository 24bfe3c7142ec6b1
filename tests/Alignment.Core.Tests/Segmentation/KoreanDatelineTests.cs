using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

public sealed class KoreanDatelineTests
{
    [Theory]
    [InlineData("[서울=뉴시스]김지훈 기자 = 한-캐나다 외교장관이 2일 만났다.", "[서울=뉴시스]김지훈 기자 =", "한-캐나다 외교장관이 2일 만났다.")]
    [InlineData("[서울=뉴시스] 김지훈 이수진 기자 = 회담이 열렸다.", "[서울=뉴시스] 김지훈 이수진 기자 =", "회담이 열렸다.")]
    [InlineData("(서울=연합뉴스) 이수진 기자 = 정부는 2일 북한의 도발을 규탄했다.", "(서울=연합뉴스) 이수진 기자 =", "정부는 2일 북한의 도발을 규탄했다.")]
    [InlineData("(워싱턴=연합뉴스) 김동현 특파원 = 미 국무부는 3일 성명을 냈다.", "(워싱턴=연합뉴스) 김동현 특파원 =", "미 국무부는 3일 성명을 냈다.")]
    [InlineData("【서울=뉴시스】 외교부는 3일 회의를 연다.", "【서울=뉴시스】", "외교부는 3일 회의를 연다.")]
    [InlineData("[서울=뉴시스] 외교부는 3일 회의를 연다.", "[서울=뉴시스]", "외교부는 3일 회의를 연다.")]
    public void Should_set_a_dateline_aside(string text, string dateline, string sentence)
    {
        var segmented = Segments.Korean(text);

        segmented.Excluded.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(ExcludedKind.Dateline),
            e => e.Text.ShouldBe(dateline),
            e => e.Start.ShouldBe(0));
        segmented.Sentences.Select(s => s.Text).ShouldBe([sentence]);
    }

    [Fact]
    public void Should_set_aside_a_dateline_after_a_headline()
    {
        var text = "한-캐나다 외교장관 회담…인태 협력 강화\n\n[서울=뉴시스]김지훈 기자 = 두 장관이 만났다. 양측은 합의했다.";

        var segmented = Segments.Korean(text);

        segmented.Excluded.ShouldHaveSingleItem().Start.ShouldBe(text.IndexOf('['));
        segmented.Sentences.Select(s => s.Text).ShouldBe(["한-캐나다 외교장관 회담…인태 협력 강화", "두 장관이 만났다.", "양측은 합의했다."]);
    }

    [Theory]
    [InlineData("외교부는 [서울=뉴시스] 보도를 반박했다.")]
    [InlineData("그는 \"(서울=연합뉴스) 보도는 사실과 다르다\"고 말했다.")]
    [InlineData("서울=뉴시스 보도에 따르면 회담은 연기됐다.")]
    public void Should_leave_a_dateline_look_alike_in_the_sentence(string text)
    {
        var segmented = Segments.Korean(text);

        segmented.Excluded.ShouldBeEmpty();
        segmented.Sentences.Select(s => s.Text).ShouldBe([text]);
    }
}
