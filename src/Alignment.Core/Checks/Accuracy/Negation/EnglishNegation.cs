using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Accuracy.Negation;

/// <summary>Where an English sentence says "not", and whether it has any word a Korean negation may be rendered by; from English/negation.txt.</summary>
internal static partial class EnglishNegation
{
    private static readonly IReadOnlyList<(string Kind, string Form)> Lines = NegationLines.Read("English/negation.txt");

    private static readonly FrozenSet<string> MarkerWords = Of("marker");

    private static readonly FrozenSet<string> CueWords = Of("cue");

    private static readonly FrozenSet<string> NotWords = Of("not");

    private static readonly Regex Idioms = new(
        $@"\b(?:{string.Join('|', Lines.Where(l => l.Kind == "idiom").Select(l => Regex.Escape(l.Form).Replace("\\ ", "\\s+").Replace("'", "['’]")))})\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>The plain negations of <paramref name="text"/> (not, n't, never, cannot), but those of its idioms ("not only", "whether or not").</summary>
    public static IReadOnlyList<(int Start, int End)> MarkersOf(string text) =>
        Words().Matches(Idioms.Replace(text, m => new string(' ', m.Length))).Where(m => MarkerWords.Contains(Word(m))).Select(m => (m.Index, m.Index + m.Length)).ToList();

    /// <summary>Whether the sentence renders a negation in any way: a plain one or a word like "failed", "unhurt", "only".</summary>
    public static bool RendersNegation(string text)
    {
        foreach (Match m in Words().Matches(text))
        {
            var word = Word(m);
            if (MarkerWords.Contains(word) || CueWords.Contains(word) || (!NotWords.Contains(word)
                && ((word.StartsWith("un", StringComparison.Ordinal) && word.Length >= 6 && CueWords.Contains("un*"))
                    || (word.EndsWith("less", StringComparison.Ordinal) && word.Length >= 6 && CueWords.Contains("*less")))))
            {
                return true;
            }
        }

        return false;
    }

    // "didn't" is read as "did" and "n't"; a curly apostrophe as a straight one.
    private static string Word(Match m) => m.Value.Replace('’', '\'').Replace('´', '\'').ToLowerInvariant();

    private static FrozenSet<string> Of(string kind) => Lines.Where(l => l.Kind == kind).Select(l => l.Form).ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"n['’´]t\b|[A-Za-z]+?(?=n['’´]t\b)|[A-Za-z]+")]
    private static partial Regex Words();
}
