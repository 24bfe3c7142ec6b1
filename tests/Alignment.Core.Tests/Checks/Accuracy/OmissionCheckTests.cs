using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

public sealed class OmissionCheckTests
{
    private const string Check = "accuracy.omission";
    private const string Dropped = "양측은 양국 간 교역 규모를 2030년까지 200억 달러로 늘리고 핵심 광물 공급망 협력도 확대하기로 했다.";

    [Fact]
    public void Should_report_a_korean_sentence_with_no_english()
    {
        var english = Story.English.Replace(
            "The two sides also agreed to expand bilateral trade to $20 billion by 2030 and to widen cooperation on critical mineral supply chains. ",
            string.Empty,
            StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.SourceText.ShouldBe(Dropped);
        Story.Korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe(Dropped);
        finding.TargetStart.ShouldBeNull();
        finding.Segment.ShouldBe(3);
    }

    [Fact]
    public void Should_not_report_a_sentence_translated_as_two()
    {
        var english = Story.English.Replace(
            "by 2030 and to widen cooperation",
            "by 2030. They will also widen cooperation",
            StringComparison.Ordinal);

        var report = CheckRun.Of(Story.Korean, english);

        report.Findings.ShouldBeEmpty();
        report.Alignment.Beads[2].TargetIds.Count.ShouldBe(2);
    }
}
