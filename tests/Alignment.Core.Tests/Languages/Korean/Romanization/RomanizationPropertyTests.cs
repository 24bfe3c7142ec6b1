using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

public sealed class RomanizationPropertyTests
{
    private static IEnumerable<string> AllSyllables()
    {
        for (var c = '가'; c <= '힣'; c++)
        {
            yield return c.ToString();
        }
    }

    [Fact]
    public void Should_romanize_every_syllable_to_lower_case_ascii_letters()
    {
        foreach (var syllable in AllSyllables())
        {
            foreach (var romanized in new[] { RevisedRomanizer.Default.Romanize(syllable), McCuneReischauerRomanizer.Default.Romanize(syllable) })
            {
                romanized.ShouldNotBeEmpty(syllable);
                romanized.All(c => c is >= 'a' and <= 'z').ShouldBeTrue($"{syllable} → {romanized}");
            }
        }
    }

    [Fact]
    public void Should_romanize_the_same_text_the_same_way_on_every_call_and_thread()
    {
        // Pairs of syllables exercise every boundary rule; a stride keeps the sample quick but varied.
        var words = AllSyllables().Where((_, i) => i % 97 == 0).SelectMany(a => AllSyllables().Where((_, i) => i % 389 == 0).Select(b => a + b)).ToArray();
        var first = words.Select(w => RevisedRomanizer.Default.Romanize(w)).ToArray();
        var parallel = words.AsParallel().AsOrdered().Select(w => RevisedRomanizer.Default.Romanize(w)).ToArray();
        parallel.ShouldBe(first);
        words.Select(w => RevisedRomanizer.Default.Romanize(w)).ShouldBe(first);
    }

    [Fact]
    public void Should_match_every_syllable_with_its_own_romanizations()
    {
        var matcher = RomanizationMatcher.Default;
        foreach (var syllable in AllSyllables().Where((_, i) => i % 7 == 0))
        {
            matcher.Similarity(syllable, RevisedRomanizer.Default.Romanize(syllable)).ShouldBe(1, syllable);
            matcher.Similarity(syllable, McCuneReischauerRomanizer.Default.Romanize(syllable)).ShouldBe(1, syllable);
        }
    }

    [Fact]
    public void Should_keep_similarity_between_zero_and_one_and_symmetric_in_casing()
    {
        var matcher = RomanizationMatcher.Default;
        string[] latin = ["", "-", "x", "Intae", "INTAE", "Foreign Ministry", "qqqqqqqqqqqqqqqqqqqq", "Pyŏngyang"];
        foreach (var word in new[] { "인태", "가", "함경북도", "G7 정상회의", "" })
        {
            foreach (var text in latin)
            {
                var similarity = matcher.Similarity(word, text);
                similarity.ShouldBeInRange(0, 1);
                matcher.Similarity(word, text.ToLowerInvariant()).ShouldBe(similarity);
            }
        }
    }
}
