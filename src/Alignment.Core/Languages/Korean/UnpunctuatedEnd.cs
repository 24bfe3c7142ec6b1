using Alignment.Core.Text;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// A Korean sentence that lost its full stop: a past-tense declarative ending (했다, 밝혔다, 말했다: a syllable
/// closed by ㅆ, then 다) followed by a space and another Hangul word. Inside a sentence that ending is always
/// joined to what follows (했다고, 했다며, 했다는); a space after it means the sentence is over.
/// </summary>
internal static class UnpunctuatedEnd
{
    private const int FinalSsangSiot = 20;

    // Words that continue a clause ending in 다: concession (했다 해도, 했다 하더라도, 했다 손 치더라도) and
    // reported hearsay (했다 한다, 했다 하니).
    private static readonly string[] Continuations = ["해도", "하더라", "하여도", "치더라", "치고", "손", "한다", "하니", "하는", "하고", "하며"];

    /// <summary>Whether the whitespace at <paramref name="space"/> follows such an ending and precedes a Hangul word.</summary>
    public static bool At(string text, int space)
    {
        if (space < 2 || text[space - 1] != '다' || !Scripts.IsHangulSyllable(text[space - 2]) || (text[space - 2] - '\uAC00') % 28 != FinalSsangSiot)
        {
            return false;
        }

        var next = space;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || !Scripts.IsHangulSyllable(text[next]))
        {
            return false;
        }

        var word = text.AsSpan(next);
        foreach (var continuation in Continuations)
        {
            if (word.StartsWith(continuation, StringComparison.Ordinal) && (word.Length == continuation.Length || continuation.Length > 1 || !Scripts.IsHangulSyllable(word[1])))
            {
                return false;
            }
        }

        return true;
    }
}
