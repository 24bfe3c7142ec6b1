using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks;

public sealed class CleanStoryTests
{
    [Fact]
    public void Should_find_nothing_in_a_faithful_translation()
    {
        var report = CheckRun.Of(Story.Korean, Story.English);

        report.Findings.ShouldBeEmpty();
        report.Alignment.Beads.Count.ShouldBe(4);
        report.Alignment.Beads.ShouldAllBe(b => b.IsPair);
    }

    [Theory]
    [InlineData("Korea-Canada", "Canada-Korea")]
    [InlineData("Indo-Pacific region", "Indo Pacific region")]
    [InlineData("The Foreign Ministry", "South Korea's foreign ministry")]
    [InlineData("Indo-Pacific region", "Indo-Pacific's waters")]
    public void Should_accept_any_allowed_rendering(string original, string variant)
    {
        CheckRun.Of(Story.Korean, Story.English.Replace(original, variant, StringComparison.Ordinal)).Findings.ShouldBeEmpty();
    }
}
