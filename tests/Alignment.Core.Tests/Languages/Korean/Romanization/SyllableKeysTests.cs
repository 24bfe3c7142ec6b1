using Alignment.Core.Languages.Korean.Romanization;
using CsCheck;

namespace Alignment.Core.Tests.Languages.Korean.Romanization;

/// <summary>
/// The spelling keys the aligner gives every word the lexicon does not know: put together from each syllable's key,
/// they are the keys of reading the word's syllables joined, and they meet the English of loanwords.
/// </summary>
public sealed class SyllableKeysTests
{
    // Medials wa, wae, wo, we, wi: after an initial r the joined reading keeps no r before the glide, the syllables do.
    private static readonly int[] Glides = [9, 10, 14, 15, 16];

    [Fact]
    public void Should_give_the_keys_of_the_joined_syllables()
    {
        var syllable = Gen.Char['가', '힣'].Where(c => !((c - '가') / 588 == 5 && Glides.Contains((c - '가') % 588 / 28)));
        Gen.String[syllable, 1, 6].Sample(word => Keys(word).ShouldBe(Joined(word), word));
    }

    [Theory]
    [InlineData("더반", "Durban")]
    [InlineData("트럼프", "Trump")]
    [InlineData("클리퍼", "Clipper")]
    [InlineData("라브로프", "Lavrov")]
    public void Should_meet_the_english_spelling_of_a_loanword(string korean, string english) =>
        Keys(korean).ShouldContain(PhoneticKey.Of(english));

    [Theory]
    [InlineData("정부", "Jump")]
    [InlineData("더반", "Durham")]
    public void Should_keep_other_words_apart(string korean, string english) =>
        Keys(korean).ShouldNotContain(PhoneticKey.Of(english));

    private static string[] Keys(string word)
    {
        var keys = new char[word.Length * 20];
        var length = HangulKeys.SyllableKeys(word, keys);
        return length == 0 ? [] : new string(keys, 0, length).Split(HangulKeys.KeySeparator);
    }

    private static string[] Joined(string word)
    {
        var keys = new List<string>();
        PhoneticKey.AddBoth(string.Join('.', word.Select(c => RevisedRomanizer.Default.Romanize(c.ToString(), RomanizationMode.Word, "."))), keys);
        return keys.ToArray();
    }
}
