namespace Alignment.Core.Segmentation;

/// <summary>
/// A quotation of several sentences inside a reporting sentence is part of that sentence, where the language's
/// rules say so (<see cref="SegmentationRules.HoldsQuotedSentences"/>): 그는 "…규탄한다. …공조하겠다"고 밝혔다.
/// A quotation that closes on its own ("…끝났다." 그리고) does not hold its sentences together.
/// </summary>
internal static class EmbeddedQuotation
{
    private const int MaximumHold = 300;

    /// <summary>Whether <paramref name="at"/> lies inside a double quotation that closes, within the block, into more of the sentence.</summary>
    public static bool Holds(string text, int sentenceStart, int at, int blockEnd, SegmentationRules rules)
    {
        if (!rules.HoldsQuotedSentences)
        {
            return false;
        }

        var closer = OpenQuotationCloser(text, sentenceStart, at);
        if (closer == '\0')
        {
            return false;
        }

        // A quote of a few sentences is held together; a mark that closes paragraphs later is a stray or a
        // mismatched one (“…" or `` ''), and holding to it would glue whole stretches of text into one sentence.
        var close = text.IndexOf(closer, at, Math.Min(blockEnd, at + MaximumHold) - at);
        if (close < 0)
        {
            return false;
        }

        // "…"고 말했다 (a particle glued to the quote), "…," 그는 말했다 (the quote ends on a comma).
        var next = close + 1;
        return text[close - 1] == ',' || (next < blockEnd && char.IsLetter(text[next]));
    }

    // The closing mark of the double quotation still open at `at`, or '\0' when none is.
    private static char OpenQuotationCloser(string text, int from, int at)
    {
        var closer = '\0';
        for (var i = from; i < at; i++)
        {
            var c = text[i];
            if (closer == '\0')
            {
                closer = c switch { '"' => '"', '“' => '”', _ => '\0' };
            }
            else if (c == closer)
            {
                closer = '\0';
            }
        }

        return closer;
    }
}
