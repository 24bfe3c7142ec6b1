using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

public sealed class AdditionCheckTests
{
    private const string Check = "accuracy.addition";
    private const string Added =
        "In an interview with a local broadcaster, one analyst said the talks were long overdue. " +
        "He added that trade between the two countries has grown steadily for years.";

    [Fact]
    public void Should_report_an_added_english_block_once()
    {
        var english = Story.English + "\n" + Added + "\n";

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(Added);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(Added);
        finding.SourceStart.ShouldBeNull();
        finding.Segment.ShouldBe(5);
    }

    [Fact]
    public void Should_not_report_a_faithful_translation()
    {
        CheckRun.Findings(Story.Korean, Story.English, Check).ShouldBeEmpty();
    }
}
