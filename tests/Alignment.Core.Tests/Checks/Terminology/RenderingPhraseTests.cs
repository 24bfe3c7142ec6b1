using Alignment.Core.Checks.Terminology;

namespace Alignment.Core.Tests.Checks.Terminology;

public sealed class RenderingPhraseTests
{
    [Theory]
    [InlineData("Unification Department", "Ministry of Unification")]
    [InlineData("Finance and Economy Ministry", "Ministry of Economy and Finance")]
    [InlineData("Defence Agency", "Defense Ministry")]
    public void Should_tell_different_renderings_apart(string a, string b)
    {
        RenderingPhrase.Differs(a, b).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Ballistic Missiles", "Ballistic Missile")]
    [InlineData("Minister of Foreign Affairs", "Foreign Minister")]
    [InlineData("The Ministry of Unification", "Ministry of Unification")]
    [InlineData("Ministry of Unification", "ministry of unification")]
    [InlineData("Minister of Oceans and Fisheries", "Ministry of Oceans and Fisheries")]
    public void Should_leave_inflections_short_forms_and_case_alone(string a, string b)
    {
        RenderingPhrase.Differs(a, b).ShouldBeFalse();
    }
}
