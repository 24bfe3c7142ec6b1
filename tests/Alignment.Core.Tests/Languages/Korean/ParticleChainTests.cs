using Alignment.Core.Languages.Korean;

namespace Alignment.Core.Tests.Languages.Korean;

public sealed class ParticleChainTests
{
    [Theory]
    [InlineData("")]
    [InlineData("는")]
    [InlineData("와는")]
    [InlineData("에서는")]
    [InlineData("과의")]
    [InlineData("했다")]
    [InlineData("측은")]
    public void Should_accept_a_run_of_particles(string suffix)
    {
        KoreanProfile.Instance.Particles.IsChain(suffix).ShouldBeTrue();
    }

    [Theory]
    [InlineData("대사관")]
    [InlineData("지역")]
    [InlineData("전략을")]
    [InlineData("는는는는는")]
    public void Should_refuse_more_of_a_word(string suffix)
    {
        KoreanProfile.Instance.Particles.IsChain(suffix).ShouldBeFalse();
    }

    [Fact]
    public void Should_accept_only_the_empty_suffix_with_an_empty_list()
    {
        var chain = new ParticleChain([]);

        chain.IsChain(string.Empty).ShouldBeTrue();
        chain.IsChain("는").ShouldBeFalse();
    }
}
