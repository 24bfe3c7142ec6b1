using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>3분기 as "the July-September period": the quarter is named by its months.</summary>
public sealed class QuarterMonthsTests
{
    private const string Check = "accuracy.number";

    [Theory]
    [InlineData("3분기 수출액은 1천780억 달러로 집계됐다.", "Exports for the July-September period came to $178 billion.")]
    [InlineData("1분기 매출은 8조원이었다.", "Sales for the January to March quarter were 8 trillion won.")]
    [InlineData("4분기 매출은 8조원이었다.", "Sales in the October-December quarter were 8 trillion won.")]
    [InlineData("3분기 매출은 8조원이었다.", "Third-quarter sales were 8 trillion won.")]
    [InlineData("3분기 매출은 8조원이었다.", "Q3 sales were 8 trillion won.")]
    public void Should_accept_a_quarter_named_by_its_months_or_its_ordinal(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    // The months of another quarter are a wrong date (accuracy.date major), not a missing number.
    [Fact]
    public void Should_report_a_quarter_whose_months_are_another_quarter()
    {
        var findings = CheckRun.Of("3분기 수출액은 1천780억 달러로 집계됐다.\n", "Exports for the April-June period came to $178 billion.\n", glossary: null).Findings;

        findings.ShouldNotContain(f => f.Check == Check);
        var finding = findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe("accuracy.date");
        finding.Found.ShouldBe("April-June");
        finding.Expected.ShouldBe("third quarter");
    }
}
