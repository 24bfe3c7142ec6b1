namespace Alignment.Core.Review;

/// <summary>
/// What replaces a finding's span when its suggestion is accepted. The suggestion is the whole corrected sentence,
/// the sentence around the span with the span replaced, so the replacement is the suggestion less its longest
/// prefix that equals the text just before the span and its longest suffix that equals the text just after it.
/// The sentence those edges make must be a whole sentence within the row's target_text (the bead's sentences),
/// which rules out an edge that runs into a neighbouring sentence or stops inside one; a suggestion that shares no edge with the text is taken only
/// when the span is the whole of target_text (a dateline outside any sentence), so a suggestion for another
/// sentence is refused rather than pasted over the span. Working on the span, not the sentence, lets two
/// accepted findings in one sentence both apply.
/// </summary>
public static class SpanReplacement
{
    /// <summary>The replacement for text[start..end), or null when the suggestion does not fit the text around the span.</summary>
    public static string? Derive(string text, int start, int end, string suggestion, string targetText)
    {
        var prefixes = Lengths(Math.Min(start, suggestion.Length), p => string.CompareOrdinal(suggestion, 0, text, start - p, p) == 0);
        var suffixes = Lengths(Math.Min(text.Length - end, suggestion.Length), q => string.CompareOrdinal(suggestion, suggestion.Length - q, text, end, q) == 0);
        foreach (var p in prefixes)
        {
            foreach (var q in suffixes.Where(q => p + q <= suggestion.Length))
            {
                var sentence = text[(start - p)..(end + q)];
                var fits = p + q > 0
                    ? (targetText.Length == 0 || targetText.Contains(sentence, StringComparison.Ordinal)) && IsWhole(text, start - p, end + q)
                    : string.Equals(targetText, sentence, StringComparison.Ordinal);
                if (fits)
                {
                    return suggestion[p..^q];
                }
            }
        }

        return null;
    }

    // The edges make a whole sentence: it starts the text, a line, a sentence or follows a tag (<br>), and ends
    // before white space, a tag or the end. Without this a suggestion whose start differs from the text ("in the
    // Indo-Pacific" where the file has a no-break space after "the") matched by its end alone, and the whole
    // sentence was pasted in after "the".
    private static bool IsWhole(string text, int from, int to)
    {
        var starts = from == 0 || text[from - 1] is '\n' or '>'
            || (char.IsWhiteSpace(text[from - 1]) && (from == 1 || !char.IsLetterOrDigit(text[from - 2]) && text[from - 2] != ','));
        return starts && (to == text.Length || char.IsWhiteSpace(text[to]) || text[to] == '<');
    }

    // Every length from the longest down to 0 for which the edge matches.
    private static List<int> Lengths(int max, Func<int, bool> matches)
    {
        var lengths = new List<int>();
        for (var n = max; n >= 0; n--)
        {
            if (matches(n))
            {
                lengths.Add(n);
            }
        }

        return lengths;
    }
}
