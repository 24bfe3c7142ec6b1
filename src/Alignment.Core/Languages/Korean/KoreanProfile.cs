using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Alignment.Core.Numbers;
using Alignment.Core.Numbers.Units;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Languages.Korean;

public sealed class KoreanProfile : ILanguageProfile
{
    public static KoreanProfile Instance { get; } = new();

    private KoreanProfile()
    {
        Segmentation = new SegmentationRules(
            CaseMarksSentenceStart: false,
            HoldsQuotedSentences: true,
            TitleAbbreviations: new HashSet<string>(),
            Abbreviations: new HashSet<string>(),
            SentenceStarters: new HashSet<string>(),
            Datelines: DataFile.ReadLines("Korean/datelines.txt").Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray(),
            Boilerplate: DataFile.ReadLines("Korean/boilerplate.txt").Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).ToArray())
        {
            EndsUnpunctuated = UnpunctuatedEnd.At,
            QuoteContinuations = DataFile.ReadLines("Korean/quote-continuations.txt").ToFrozenSet(StringComparer.Ordinal),
        };
        Particles = new ParticleChain(DataFile.ReadLines("Korean/particles.txt"));
        IsSuffix = Particles.IsChain;
        Numbers = new KoreanNumberReader(Particles.IsChain);
        names = DataFile.ReadLines("Korean/names.txt")
            .Select(l => l.Split('\t', 2))
            .ToFrozenDictionary(p => p[0], p => p[1].Trim(), StringComparer.Ordinal);
        LexiconEntries = LoadLexicon();
    }

    private readonly FrozenDictionary<string, string> names;

    public string Code => "ko";

    public string DisplayName => "Korean";

    public SegmentationRules Segmentation { get; }

    public INumberReader Numbers { get; }

    public Quantity? QuantityOf(string text, NumberMention figure) =>
        UnitReader.AfterKorean(text, figure) is { } unit ? UnitReader.InBaseUnit(unit.Unit, figure.Value) : null;

    /// <summary>Particles and endings that may follow a noun: 캐나다와는, 인태에서, 규탄한다.</summary>
    public ParticleChain Particles { get; }

    /// <summary>Korean-English word pairs (lexicon.tsv): "korean TAB english|english…".</summary>
    public IReadOnlyList<(string Word, IReadOnlyList<string> English)> LexiconEntries { get; }

    // One delegate for the profile's life: name matching asks it for every ending of every word.
    public SpanPredicate IsSuffix { get; }

    private static List<(string, IReadOnlyList<string>)> LoadLexicon() =>
        (DataFile.TryReadLines("Korean/lexicon.tsv") ?? [])
            .Select(l => l.Split('\t', 2)).Where(p => p.Length == 2)
            .Select(p => (p[0].Trim(), (IReadOnlyList<string>)p[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    public bool IsScript(char c) => Scripts.IsHangul(c) || Scripts.IsHanja(c);

    public string? KnownTranslation(string word) => names.GetValueOrDefault(word);

    public bool MayBeName(string text, int start, int end) => KoreanNameContext.Instance.IsName(text, start, end);

    public IReadOnlyList<string> PhoneticKeys(string word) => keyCache.Of(word);

    public int SpellingKeys(ReadOnlySpan<char> word, Span<char> keys) => Romanization.HangulKeys.SyllableKeys(word, keys);

    private readonly PhoneticKeyCache keyCache = new(Romanization.HangulKeys.Of);

    public Gazetteer.IEntityFinder CreateEntityFinder(IReadOnlyList<Gazetteer.GazetteerEntry> gazetteer) => new KoreanEntityMatcher(gazetteer, Particles.IsChain);

    public double ScriptShare(ReadOnlySpan<char> text) => Scripts.Profile(text).Hangul;

    public TermPattern CompileTerm(string term, bool caseSensitive)
    {
        var pattern = new StringBuilder();
        foreach (var c in term.Trim())
        {
            // 한-캐나다, 한·캐나다, 한캐나다 and 한 캐나다 are one term.
            pattern.Append(IsJoiner(c) ? @"[\s\-·ㆍ‧・]?" : Regex.Escape(c.ToString()));
        }

        pattern.Append(@"(?<suffix>[\uAC00-\uD7A3]*)(?![\p{L}\p{N}])");
        // Hangul has no case: ignoring case only costs time unless the term holds Latin letters (G7, UN).
        var ignoreCase = !caseSensitive && term.Any(char.IsAsciiLetter);
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var probe = term.Trim().Split([' ', '-', '·', 'ㆍ', '‧', '・'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return new TermPattern(term, pattern.ToString(), options, (text, m) => TermBoundary.StartsWord(text, m) && Particles.IsChain(m.Groups["suffix"].ValueSpan), probe, ignoreCase);
    }

    private static bool IsJoiner(char c) => c is ' ' or '-' or '·' or 'ㆍ' or '‧' or '・';
}
