using System.Text;
using System.Text.RegularExpressions;
using Alignment.Core.Numbers;
using Alignment.Core.Numbers.Units;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Languages.English;

public sealed class EnglishProfile : ILanguageProfile
{
    public static EnglishProfile Instance { get; } = new();

    private EnglishProfile()
    {
        Segmentation = new SegmentationRules(
            CaseMarksSentenceStart: true,
            HoldsQuotedSentences: false,
            TitleAbbreviations: Set("English/title-abbreviations.txt"),
            Abbreviations: Set("English/abbreviations.txt"),
            SentenceStarters: Set("English/sentence-starters.txt"),
            Datelines: DataFile.ReadLines("English/datelines.txt").Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray(),
            Boilerplate: DataFile.ReadLines("English/boilerplate.txt").Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).ToArray());
    }

    public string Code => "en";

    public string DisplayName => "English";

    public SegmentationRules Segmentation { get; }

    public INumberReader Numbers { get; } = new EnglishNumberReader();

    public Quantity? QuantityOf(string text, NumberMention figure) =>
        UnitReader.AfterEnglish(text, figure) is { } unit ? UnitReader.InBaseUnit(unit.Unit, figure.Value) : null;

    public bool IsScript(char c) => Scripts.IsLatin(c);

    public string? KnownTranslation(string word) => null;

    public IReadOnlyList<(string Word, IReadOnlyList<string> English)> LexiconEntries => [];

    public SpanPredicate IsSuffix => static s => s.IsEmpty;

    public bool MayBeName(string text, int start, int end) => start < end && char.IsUpper(text[start]);

    public IReadOnlyList<string> PhoneticKeys(string word) => keyCache.Of(word);

    public int SpellingKeys(ReadOnlySpan<char> word, Span<char> keys)
    {
        var key = keyCache.Of(word.ToString())[0];
        key.CopyTo(keys);
        return key.Length;
    }

    private readonly PhoneticKeyCache keyCache = new(word => [Korean.Romanization.PhoneticKey.Of(word)]);

    public Gazetteer.IEntityFinder CreateEntityFinder(IReadOnlyList<Gazetteer.GazetteerEntry> gazetteer) => new Gazetteer.EnglishEntityMatcher(gazetteer);

    public double ScriptShare(ReadOnlySpan<char> text) => Scripts.Profile(text).Latin;

    public TermPattern CompileTerm(string term, bool caseSensitive)
    {
        var words = term.Trim().Split([' ', '-', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries);
        var pattern = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                // "Indo-Pacific", "Indo Pacific" and "IndoPacific" are one term.
                pattern.Append(@"[\s\-\u2010\u2011\u2013]?");
            }

            pattern.Append(i == words.Length - 1 ? Inflected(words[i]) : HeadlineForms(words[i]));
        }

        // Canada's, and the countries' (a bare apostrophe only after s: elsewhere it closes a quotation).
        pattern.Append(@"(?<poss>['\u2019]s|(?<=[sS])['\u2019])?(?![\p{L}\p{N}])");
        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        // The first word's first three letters survive every inflection and hyphenation the pattern allows.
        // (Headline forms shorten it to its first letter: "S. Korea".)
        var probe = words.Length == 0 ? string.Empty : words[0][..Math.Min(HeadlineForms(words[0]) == Regex.Escape(words[0]) ? 3 : 1, words[0].Length)];
        return new TermPattern(term, pattern.ToString(), options, TermBoundary.StartsWord, probe, !caseSensitive);
    }

    // Headlines write "S. Korea, Canada agree" for South Korea and Canada: South and North shorten to S. and N.,
    // and "and" between two names becomes a comma.
    private static string HeadlineForms(string word) => word.ToLowerInvariant() switch
    {
        "south" => @"(?:South|S\.)",
        "north" => @"(?:North|N\.)",
        "and" => "(?:and|,|&)",
        _ => Regex.Escape(word),
    };

    // Plural, third person, past and -ing forms of the last word: dialogue(s), condemn(ed), agree(d).
    private static string Inflected(string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[^1]) || word.All(char.IsUpper))
        {
            return Regex.Escape(word) + (word.All(char.IsUpper) && word.Length > 1 ? "s?" : string.Empty);
        }

        var stem = Regex.Escape(word[..^1]);
        return char.ToLowerInvariant(word[^1]) switch
        {
            'y' when !"aeiou".Contains(char.ToLowerInvariant(word[^2])) => stem + "(?:y|ies|ied)",
            'e' => stem + "(?:e|es|ed|ing)",
            _ => Regex.Escape(word) + "(?:s|es|ed|ing)?",
        };
    }

    private static HashSet<string> Set(string file) => DataFile.ReadLines(file).ToHashSet(StringComparer.Ordinal);
}
