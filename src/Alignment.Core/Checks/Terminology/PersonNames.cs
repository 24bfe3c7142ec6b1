using System.Text.RegularExpressions;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Korean.Romanization;
using Alignment.Core.Text;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// Korean people's names on both sides: 한서준 in the Korean (a surname and a given name, told from ordinary words by
/// <see cref="KoreanNameContext"/>) and "Han Seo-jun" in the English (a capitalised surname and a hyphenated given
/// name). Two are the same name when surname and given name each sound alike, so Lee, Rhee and Yi all answer 이.
/// </summary>
internal static partial class PersonNames
{
    private const double Threshold = RomanizationMatcher.DefaultThreshold;

    private static readonly HashSet<char> GivenSyllables = Languages.DataFile.ReadLines("Korean/given-name-syllables.txt").SelectMany(l => l).ToHashSet();

    /// <summary>
    /// Names in <c>text[start..end]</c>: a word whose first syllables are a name and whose rest is particles, and
    /// not a known word with its particle (장관은 and 정부는 have a surname's shape) nor a word of three syllables the word
    /// list has (공정위, the Fair Trade Commission, is 공 and 정위 in a name's shape; the lexicon's people are names), and with a given name made of
    /// the syllables given names are made of (배터리 has a surname's shape too).
    /// </summary>
    public static IEnumerable<KoreanName> InKorean(string text, int start, int end, Languages.SpanPredicate isSuffix, Func<string, bool> isWord, Func<string, bool>? isCommonWord = null)
    {
        var i = start;
        while (i < end)
        {
            if (!Scripts.IsHangulSyllable(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && Scripts.IsHangulSyllable(text[i]))
            {
                i++;
            }

            // Three syllables: a surname and a given name of two (the shape KoreanNameContext takes for a name).
            var nameEnd = wordStart + 3;
            // Not a verb as the sentence has it: 송구하다 has a name's shape, 송재근이다 keeps its 이.
            if (nameEnd <= i && isSuffix(text.AsSpan(nameEnd, i - nameEnd)) && !(i - nameEnd == 1 && text[nameEnd] is '다' or '고' or '며' or '면' or '게' or '지')
                && KoreanNameContext.Instance.IsName(text, wordStart, nameEnd)
                && !KoreanNameContext.Instance.IsLoanword(text, wordStart, nameEnd)
                && !KoreanNameContext.Instance.Titles.Contains(text[wordStart..nameEnd])
                && GivenSyllables.Contains(text[wordStart + 1]) && GivenSyllables.Contains(text[wordStart + 2])
                && !(isWord(text[wordStart..(wordStart + 2)]) && isSuffix(text.AsSpan(wordStart + 2, i - wordStart - 2)))
                && !(isCommonWord?.Invoke(text[wordStart..nameEnd]) ?? false))
            {
                yield return new KoreanName(wordStart, nameEnd, text[wordStart..(wordStart + 1)], text[(wordStart + 1)..nameEnd]);
            }
        }
    }

    public static IEnumerable<EnglishName> InEnglish(string text, int start, int end)
    {
        for (var m = Name().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var surname = m.Groups["surname"];
            yield return new EnglishName(m.Index, m.Index + m.Length, surname.Value, m.Groups["given"].Value, surname.Index + surname.Length);
        }
    }

    // Every way English writes a common Korean surname: RR, McCune-Reischauer and the usual spellings (Lee, Choi).
    private static readonly HashSet<string> SurnameSpellings = KoreanNameContext.Surnames
        .SelectMany(c => new[] { RevisedRomanizer.Default.Romanize(c.ToString()), McCuneReischauerRomanizer.Default.Romanize(c.ToString()) }.Concat(ConventionalSurnames.Of(c)))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word is in the lexicon's word list and is no person's entry there (공정위, not 한덕수).</summary>
    public static bool IsCommonWord(Languages.Lexicons.Lexicon? lexicon, string word) =>
        lexicon is not null && lexicon.IsWord(word) && !IsPersonEntry(word, lexicon.EnglishOf(word)!);

    /// <summary>
    /// Whether a lexicon entry is a person's: its English spells the word's first syllable as a surname (한덕수: han,
    /// duck, soo), where a word's gives its meaning (공정위: fair, trade, commission).
    /// </summary>
    public static bool IsPersonEntry(string korean, IReadOnlyList<string> english) =>
        english.Any(e => ConventionalSurnames.Of(korean[0]).Contains(e, StringComparer.OrdinalIgnoreCase)
            || string.Equals(RevisedRomanizer.Default.Romanize(korean[..1]), e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the English surname is one a Korean could bear: Kang is, Wong (왕가위, Wong Kar-wai) is not.</summary>
    public static bool HasKoreanSurname(EnglishName e) => SurnameSpellings.Contains(e.Surname);

    // A usual spelling of the surname (Lee, Rhee, Yi for 이), or one a jamo at a time (Chung for 정): Yoo is 유, not 윤.
    public static bool SameSurname(EnglishName e, KoreanName k) =>
        ConventionalSurnames.Of(k.Surname[0]).Contains(e.Surname, StringComparer.OrdinalIgnoreCase)
        || GivenNameSpellings.Instance.Spells(k.Surname, e.Surname);

    // Whole, or syllable by syllable where the hyphen splits it: the phonetic key is strict on short words, so
    // Si-woo meets 시우 syllable by syllable though "siwoo" and "siu" differ as wholes.
    public static bool SameGiven(EnglishName e, KoreanName k)
    {
        if (SpellsGiven(e, k) || RomanizationMatcher.Default.Similarity(k.Given, e.Given.Replace("-", string.Empty, StringComparison.Ordinal)) >= Threshold)
        {
            return true;
        }

        var parts = e.Given.Split('-');
        return parts.Length == k.Given.Length
            && parts.Select((part, i) => RomanizationMatcher.Default.Similarity(k.Given[i].ToString(), part)).All(s => s >= Threshold);
    }

    /// <summary>Whether the English given name is a usual spelling of the Korean one: Jun-young is 준영, Jin-young is not.</summary>
    public static bool SpellsGiven(EnglishName e, KoreanName k) => GivenNameSpellings.Instance.Spells(k.Given, e.Given);

    public static bool Same(EnglishName e, KoreanName k) => SameSurname(e, k) && SpellsGiven(e, k);

    /// <summary>How English copy writes the Korean name: the usual spelling of the surname, the given name in RR.</summary>
    public static string Romanize(KoreanName k)
    {
        var rr = RevisedRomanizer.Default.Romanize(k.Name, RomanizationMode.PersonalName);
        var space = rr.IndexOf(' ', StringComparison.Ordinal);
        var surname = ConventionalSurnames.Of(k.Surname[0]) is [var usual, ..] ? usual : rr[..space];
        return surname + rr[space..];
    }

    // Kang Seo-jun, Cho Tae-yul: a capitalised surname of up to five letters, then a hyphenated given name.
    [GeneratedRegex(@"\b(?<surname>[A-Z][a-z]{1,4}) (?<given>[A-Z][a-z]{1,6}-[a-z]{1,6})\b")]
    private static partial Regex Name();
}
