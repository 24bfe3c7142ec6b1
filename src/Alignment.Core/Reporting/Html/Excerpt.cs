using System.Net;
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
            return WebUtility.HtmlEncode(text.Text[start..end]);
        }

        var (s, e) = (spanStart!.Value, spanEnd!.Value);
        start = Math.Min(start, s);
        end = Math.Max(end, e);
        return WebUtility.HtmlEncode(text.Text[start..s])
            + $"<mark class=\"hl {side}\">{WebUtility.HtmlEncode(text.Text[s..e])}</mark>"
            + WebUtility.HtmlEncode(text.Text[e..end]);
    }
}
