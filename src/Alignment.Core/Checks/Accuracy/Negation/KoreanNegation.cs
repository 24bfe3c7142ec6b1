using System.Text.RegularExpressions;
using Alignment.Core.Text;

namespace Alignment.Core.Checks.Accuracy.Negation;

/// <summary>Where a Korean sentence says a predicate does not hold, and whether it has any word an English negation may stand for; from Korean/negation.txt.</summary>
internal static class KoreanNegation
{
    private static readonly IReadOnlyList<(string Kind, string Form)> Lines = NegationLines.Read("Korean/negation.txt");

    private static readonly Regex Markers = new(string.Join('|', Lines.Where(l => l.Kind == "marker").Select(l => $"(?:{l.Form})")), RegexOptions.Compiled);

    private static readonly Regex Idioms = Spaced(Lines.Where(l => l.Kind == "idiom").Select(l => l.Form));

    private static readonly Regex Cues = Spaced(Lines.Where(l => l.Kind == "cue").Select(l => l.Form));

    /// <summary>The negated predicates of <paramref name="text"/>, its idioms (끊임없이, 적지 않은) set aside.</summary>
    public static IReadOnlyList<(int Start, int End)> MarkersOf(string text)
    {
        var masked = Idioms.Replace(text, m => new string(' ', m.Length));
        return Markers.Matches(masked).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    /// <summary>
    /// Whether the sentence has a negation, idioms included (가리지 않는다 is "does not discriminate" as often as
    /// "regardless"), or a word English may render with "not" (실패, 아직, 여부).
    /// </summary>
    public static bool AllowsNot(string text) => Markers.IsMatch(text) || Cues.IsMatch(text);

    /// <summary>
    /// Whether the negated word ending before <paramref name="end"/>'s word boundary modifies the noun after it
    /// (파괴하지 않는 개발, 인가되지 않은 약): English says those with an adjective as often as with "not"
    /// ("sustainable", "off-label"). Not before 것, 수 and the like, which make the clause a predicate again.
    /// </summary>
    public static bool Modifies(string text, int end)
    {
        while (end < text.Length && Scripts.IsHangulSyllable(text[end]))
        {
            end++;
        }

        if (end + 1 >= text.Length || text[end] != ' ' || !Scripts.IsHangulSyllable(text[end + 1]) || !Scripts.IsHangulSyllable(text[end - 1]))
        {
            return false;
        }

        var final = (text[end - 1] - 0xAC00) % 28;
        var adnominal = final is 4 or 8 || text[end - 1] == '던';
        return adnominal && !Predicative.IsMatch(text.AsSpan(end + 1));
    }

    private static readonly Regex Predicative = new(@"^(?:것|거|수|데|듯|채|만큼|한|때문|뿐|적|바|줄|지|모양|셈|편|법|리)(?![가-힣])|^(?:것|거|수|데|때문|뿐|적|바|줄|셈|편|법|리)[가-힣]{1,2}(?![가-힣])", RegexOptions.Compiled);

    // A space inside a form may be there or not (수밖에 없다, 수 밖에 없다).
    private static Regex Spaced(IEnumerable<string> forms) =>
        new(string.Join('|', forms.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace("\\ ", "\\s?"))), RegexOptions.Compiled);
}
