using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Style;

/// <summary>style.boilerplate: web-page debris reported once per run of lines, and kept out of the omission and addition checks.</summary>
public sealed class BoilerplateCheckTests
{
    private const string Check = "style.boilerplate";

    private const string Korean =
        "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n" +
        "두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n" +
        "외교부는 회담 결과를 3일 발표할 예정이다.\n";

    private const string First = "The Korea-Canada foreign ministers held talks in Seoul on the 2nd.\n";
    private const string Second = "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.\n";
    private const string Third = "The Foreign Ministry plans to announce the results on the 3rd.\n";

    private const string Subscription =
        "Read this article for free:\n" +
        "or\n" +
        "Already have an account? Log in here »\n" +
        "Monthly Digital Subscription\n" +
        "$4.75/week*";

    [Fact]
    public void Should_report_an_advertisement_line_between_paragraphs_and_nothing_else()
    {
        const string english = First + "\nAdvertisement\n\n" + Second + "\n" + Third;

        var report = CheckRun.Of(Korean, english);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe(Check);
        finding.Severity.ShouldBe(Severity.Minor);
        finding.Found.ShouldBe("Advertisement");
        finding.TargetStart.ShouldBe(english.IndexOf("Advertisement", StringComparison.Ordinal));
        finding.TargetEnd.ShouldBe(finding.TargetStart + "Advertisement".Length);
        finding.SourceStart.ShouldBeNull();
        report.Alignment.Beads.ShouldAllBe(b => b.IsPair);
    }

    [Fact]
    public void Should_report_a_subscription_box_as_one_finding()
    {
        const string english = First + "\n" + Subscription + "\n\n" + Second + Third;

        var report = CheckRun.Of(Korean, english);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe(Check);
        finding.Found.ShouldBe(Subscription);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(Subscription);
        report.Findings.ShouldNotContain(f => f.Check == "accuracy.addition");
    }

    [Fact]
    public void Should_report_a_share_bar_at_the_end_of_the_story()
    {
        const string english = First + Second + Third + "Share this article\n";

        var report = CheckRun.Of(Korean, english);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe(Check);
        finding.Found.ShouldBe("Share this article");
        finding.TargetStart.ShouldBe(english.IndexOf("Share this article", StringComparison.Ordinal));
        finding.Segment.ShouldBe(3);
    }

    [Fact]
    public void Should_report_source_debris_on_the_source_side_without_an_omission()
    {
        const string debris = "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>\nhong@newsis.com";
        const string korean = Korean + debris + "\n";

        var report = CheckRun.Of(korean, First + Second + Third);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe(Check);
        finding.Found.ShouldBe(debris);
        finding.SourceStart.ShouldBe(korean.IndexOf('<'));
        finding.SourceEnd.ShouldBe(korean.IndexOf('<') + debris.Length);
        finding.TargetStart.ShouldBeNull();
        report.Alignment.Beads.ShouldAllBe(b => b.IsPair);
    }
}
