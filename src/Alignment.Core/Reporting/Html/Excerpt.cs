using System.Net;
using Alignment.Core.Findings;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Reporting.Html;

/// <summary>
/// The text a finding sits in, taken from the file itself (the bead's sentences, widened to the span when the span
/// lies outside them, as a dateline does), with the span in a &lt;mark&gt; so the reader's eye lands on it.
/// </summary>
internal static class Excerpt
{
    public static string Render(SegmentedText text, IReadOnlyList<int> sentenceIds, int? spanStart, int? spanEnd, string side)
    {
        var hasSpan = spanStart is { } s0 && spanEnd is { } e0 && s0 <= e0 && e0 <= text.Text.Length;
        if (sentenceIds.Count == 0 && !hasSpan)
        {
            return string.Empty;
        }

        var start = sentenceIds.Count > 0 ? text.Sentences[sentenceIds[0]].Start : spanStart!.Value;
        var end = sentenceIds.Count > 0 ? text.Sentences[sentenceIds[^1]].End : spanEnd!.Value;
        if (!hasSpan || spanStart == spanEnd)
        {
            var (from, to) = LongText.Window(start, end, hasSpan ? spanStart!.Value : start, hasSpan ? spanStart!.Value : start);
            return Cut(start, from) + WebUtility.HtmlEncode(text.Text[from..to]) + Cut(end, to);
        }

        var (s, e) = (spanStart!.Value, spanEnd!.Value);
        (start, end) = (Math.Min(start, s), Math.Max(end, e));
        var (a, b) = LongText.Window(start, end, s, e);
        (s, e) = (Math.Clamp(s, a, b), Math.Clamp(e, a, b));
        return Cut(start, a) + WebUtility.HtmlEncode(text.Text[a..s])
            + $"<mark class=\"hl {side}\">{WebUtility.HtmlEncode(text.Text[s..e])}</mark>"
            + WebUtility.HtmlEncode(text.Text[e..b]) + Cut(end, b);
    }

    // An ellipsis where an enormous sentence was cut to the window around the finding (see LongText).
    private static string Cut(int edge, int cut) => edge == cut ? string.Empty : "…";
}
