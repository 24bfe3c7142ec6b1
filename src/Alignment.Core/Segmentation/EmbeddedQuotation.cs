namespace Alignment.Core.Segmentation;

/// <summary>
/// A quotation of several sentences inside a reporting sentence is part of that sentence, where the language's
/// rules say so (<see cref="SegmentationRules.HoldsQuotedSentences"/>): 그는 "…규탄한다. …공조하겠다"고 밝혔다.
/// A quotation that closes on its own ("…끝났다." 그리고) does not hold its sentences together.
/// </summary>
internal static class EmbeddedQuotation
{
    private const int MaximumHold = 300;

    // Copy mixes straight and curly marks (“…"고, "…”며), so either closes a quotation either opened.
    private static readonly char[] Closers = ['"', '”'];

    /// <summary>Whether <paramref name="at"/> lies inside a double quotation that closes, within the block, into more of the sentence.</summary>
    public static bool Holds(string text, int sentenceStart, int at, int blockEnd, SegmentationRules rules)
    {
        if (!rules.HoldsQuotedSentences)
        {
            return false;
        }

        if (!IsQuotationOpen(text, sentenceStart, at))
        {
            return false;
        }

        // A quote of a few sentences is held together; a mark that closes paragraphs later is a stray or a
        // missing one, and holding to it would glue whole stretches of text into one sentence.
        var close = text.IndexOfAny(Closers, at, Math.Min(blockEnd, at + MaximumHold) - at);
        if (close < 0)
        {
            return false;
        }

        // "…"고 말했다 (a particle glued to the quote), "…," 그는 말했다 (the quote ends on a comma).
        var next = close + 1;
        return text[close - 1] == ',' || (next < blockEnd && char.IsLetter(text[next]));
    }

    // Whether a double quotation opened since `from` is still open at `at`.
    private static bool IsQuotationOpen(string text, int from, int at)
    {
        var open = false;
        for (var i = from; i < at; i++)
        {
            var c = text[i];
            if (!open)
            {
                open = c is '"' or '“';
            }
            else if (c is '"' or '”')
            {
                open = false;
            }
        }

        return open;
    }
}
