using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

/// <summary>A sound key without its vowels, for names Korean and English spell with different vowels.</summary>
public sealed class NameSkeletonTests
{
    [Theory]
    [InlineData("MANJESTO", "~MNJST")]
    [InlineData("KEULLAKSEUN", "~KLKSN")]
    [InlineData("KLEPELANT", "~KLPLNT")]
    public void Should_keep_the_consonants_once_each(string key, string skeleton) =>
        NameSkeleton.Of(key).ShouldBe(skeleton);

    [Theory]
    [InlineData("TALAS")]
    [InlineData("PALE")]
    [InlineData("AIOU")]
    public void Should_give_nothing_for_a_key_of_few_consonants(string key) =>
        NameSkeleton.Of(key).ShouldBeNull();
}
