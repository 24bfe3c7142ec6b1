using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

public sealed class GlossaryTermCheckTests
{
    private const string Check = "terminology.glossary";

    [Fact]
    public void Should_report_a_glossary_term_the_english_leaves_out()
    {
        var english = Story.English.Replace("The Foreign Ministry plans", "The ministry plans", StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        Story.Korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe("외교부");
        finding.Expected.ShouldBe("Foreign Ministry | Ministry of Foreign Affairs");
        finding.Severity.ShouldBe(Severity.Minor);
        finding.TargetStart.ShouldBeNull();
        finding.TargetText.ShouldBe("The ministry plans to announce the results on the 3rd.");
    }

    [Fact]
    public void Should_take_the_severity_from_the_glossary_row()
    {
        var english = Story.English.Replace("The Korea-Canada foreign ministers", "The foreign ministers of the two countries", StringComparison.Ordinal);

        var finding = CheckRun.Findings(Story.Korean, english, Check).ShouldHaveSingleItem();

        finding.Expected.ShouldBe("Korea-Canada | Canada-Korea");
        finding.Severity.ShouldBe(Severity.Critical);
    }

    [Fact]
    public void Should_report_a_term_once_per_segment()
    {
        var korean = Story.Korean.Replace("외교부는 회담 결과를", "외교부는 외교부 회담 결과를", StringComparison.Ordinal);
        var english = Story.English.Replace("The Foreign Ministry plans", "The ministry plans", StringComparison.Ordinal);

        CheckRun.Findings(korean, english, Check).ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_leave_it_to_the_forbidden_check_when_a_forbidden_rendering_stands_in()
    {
        var english = Story.English.Replace("Korea-Canada", "Korea-China", StringComparison.Ordinal);

        var report = CheckRun.Of(Story.Korean, english);

        report.Findings.Select(f => f.Check).ShouldBe(["terminology.forbidden"]);
    }

    [Fact]
    public void Should_find_nothing_when_every_term_is_rendered()
    {
        CheckRun.Findings(Story.Korean, Story.English, Check).ShouldBeEmpty();
    }
}
