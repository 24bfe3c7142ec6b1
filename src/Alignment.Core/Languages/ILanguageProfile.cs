using System.Text.RegularExpressions;
using Alignment.Core.Numbers;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Languages;

/// <summary>
/// Everything the pipeline knows about one language. A new source language is a new profile,
/// not edits across the core.
/// </summary>
public interface ILanguageProfile
{
    /// <summary>ISO 639-1 code, also the file suffix: source.ko.txt, target.en.txt.</summary>
    string Code { get; }

    string DisplayName { get; }

    SegmentationRules Segmentation { get; }

    INumberReader Numbers { get; }

    /// <summary>
    /// The figure as a measure, when a unit of this language follows it (289㎞, "180 miles"), in its dimension's base
    /// unit; null for a bare figure.
    /// </summary>
    Quantity? QuantityOf(string text, NumberMention figure);

    /// <summary>Whether a character belongs to this language's own script (Hangul and Hanja for Korean).</summary>
    bool IsScript(char c);

    /// <summary>The English for a fixed name of this language (서울 → Seoul, 뉴시스 → Newsis), or null.</summary>
    string? KnownTranslation(string word);

    /// <summary>Word pairs between this language and English for alignment evidence (empty when there are none).</summary>
    IReadOnlyList<(string Word, IReadOnlyList<string> English)> LexiconEntries { get; }

    /// <summary>Decides whether text glued after a word is grammar (particles, endings) rather than more of the word.</summary>
    SpanPredicate IsSuffix { get; }

    /// <summary>
    /// Sound keys of a name in this language, comparable across languages: 오현규 and "Oh Hyeon-gyu" share one.
    /// Empty for words this language does not romanize.
    /// </summary>
    IReadOnlyList<string> PhoneticKeys(string word);

    /// <summary>
    /// Writes the sound keys of a word spelled sound by sound, as a loanword is (브리스톨 → Bristol, 더반 → Durban),
    /// separated by '|', and returns their length: fewer and far cheaper than <see cref="PhoneticKeys"/>, for words
    /// that are probably not names but might be. <paramref name="keys"/> holds at least 20 characters per letter.
    /// </summary>
    int SpellingKeys(ReadOnlySpan<char> word, Span<char> keys);

    /// <summary>Whether the word at <c>text[start..end]</c> may be a name (a person, a place, a loanword), judged from its context.</summary>
    bool MayBeName(string text, int start, int end);

    /// <summary>A finder for the gazetteer's entities in this language, built once per run.</summary>
    Gazetteer.IEntityFinder CreateEntityFinder(IReadOnlyList<Gazetteer.GazetteerEntry> gazetteer);

    /// <summary>Share of a text's letters that belong to this language's script (0..1).</summary>
    double ScriptShare(ReadOnlySpan<char> text);

    /// <summary>
    /// A pattern finding a glossary term the way this language inflects it: Korean with particles
    /// attached, English across case, hyphenation and simple inflection.
    /// </summary>
    TermPattern CompileTerm(string term, bool caseSensitive);
}

/// <summary>
/// A compiled glossary term. <paramref name="Accept"/> filters regex matches the regex alone cannot judge (the word
/// boundary before the term, Korean particles after it). <paramref name="Probe"/> is text every match starts with:
/// the text is searched for it (a fast vectorised search) and the regex is only tried, anchored, where it occurs,
/// instead of each of hundreds of terms walking the whole text. The regexes are built on first use: most terms of
/// a glossary never occur in a given run, and building hundreds of them was a tenth of a short run's time.
/// </summary>
public sealed record TermPattern(string Term, string Pattern, RegexOptions Options, Func<string, Match, bool> Accept, string Probe = "", bool IgnoreCase = false)
{
    private readonly Lazy<Regex> regex = new(() => new Regex(Pattern, Options));
    private readonly Lazy<Regex> anchored = new(() => new Regex(@"\G(?:" + Pattern + ")", Options));

    /// <summary>The term's pattern, unanchored.</summary>
    public Regex Regex => regex.Value;

    /// <summary>The probe as it is searched for: lower-cased when the term ignores case, to meet the lowered text.</summary>
    public string SearchProbe { get; } = IgnoreCase ? Probe.ToLowerInvariant() : Probe;

    /// <summary>The term's match starting exactly at <paramref name="position"/>, or null.</summary>
    public Match? MatchAt(string text, int position)
    {
        var m = anchored.Value.Match(text, position);
        return m.Success && Accept(text, m) ? m : null;
    }

    public IEnumerable<Match> Matches(string text) => Matches(text, IgnoreCase ? text.ToLowerInvariant() : text);

    /// <summary>
    /// As <see cref="Matches(string)"/>, with the text already lower-cased once for all terms: searching a
    /// lower-case probe in it is a vectorised ordinal search, where an ignore-case search is not.
    /// </summary>
    public IEnumerable<Match> Matches(string text, string lowered)
    {
        if (Probe.Length == 0)
        {
            foreach (Match m in Regex.Matches(text))
            {
                if (Accept(text, m))
                {
                    yield return m;
                }
            }

            yield break;
        }

        var haystack = IgnoreCase ? lowered : text;
        var position = 0;
        while (position < text.Length && (position = haystack.IndexOf(SearchProbe, position, StringComparison.Ordinal)) >= 0)
        {
            // A term starts a word: inside a word ("un" of "under") there is nothing to try.
            var m = position > 0 && char.IsLetterOrDigit(text[position - 1]) ? null : MatchAt(text, position);
            if (m is not null)
            {
                yield return m;
                position = m.Index + Math.Max(1, m.Length);
            }
            else
            {
                position++;
            }
        }
    }
}
