using Alignment.Core.Segmentation;

namespace Alignment.Core.Findings;

/// <summary>
/// Every finding repeats its bead's text, so one enormous sentence (a file that lost its full stops) holding
/// hundreds of findings would make a report of findings × sentence length: gigabytes from a few megabytes. Past
/// <see cref="MaxLength"/> characters a finding carries a window around its span (the span itself always whole),
/// marked by ellipses; the offsets stay exact, so the whole text is always one substring away. No real news
/// sentence, nor a bead of three, is near the limit.
/// </summary>
public static class LongText
{
    public const int MaxLength = 4000;

    private const string Ellipsis = "…";

    /// <summary>
    /// Where to cut text [start, end) to at most <see cref="MaxLength"/> characters around [focusStart, focusEnd);
    /// a focus longer than that is kept whole, and is then all there is.
    /// </summary>
    public static (int Start, int End) Window(int start, int end, int focusStart, int focusEnd)
    {
        if (end - start <= MaxLength)
        {
            return (start, end);
        }

        focusStart = Math.Clamp(focusStart, start, end);
        focusEnd = Math.Clamp(Math.Max(focusEnd, focusStart), focusStart, end);
        if (focusEnd - focusStart >= MaxLength)
        {
            // The span is what the finding is about (a long run of added sentences): never cut into it.
            return (focusStart, focusEnd);
        }

        var margin = Math.Max(0, (MaxLength - (focusEnd - focusStart)) / 2);
        var from = Math.Max(start, focusStart - margin);
        var to = Math.Min(end, from + MaxLength);
        from = Math.Max(start, to - MaxLength);
        return (from, to);
    }

    /// <summary>The window of <paramref name="text"/> as a string, with an ellipsis wherever it was cut.</summary>
    public static string Clip(string text, int focusStart, int focusEnd)
    {
        var (from, to) = Window(0, text.Length, focusStart, focusEnd);
        return from == 0 && to == text.Length ? text : string.Concat(from > 0 ? Ellipsis : string.Empty, text.AsSpan(from, to - from), to < text.Length ? Ellipsis : string.Empty);
    }

    /// <summary>
    /// A finding's texts clipped around its spans. A bead's text is its sentences joined by single spaces, so a
    /// file offset maps into it through the sentence that holds it.
    /// </summary>
    public static Finding Clip(Finding finding, SegmentedText source, SegmentedText target, IReadOnlyList<int> sourceIds, IReadOnlyList<int> targetIds)
    {
        if (finding.SourceText.Length <= MaxLength && finding.TargetText.Length <= MaxLength)
        {
            return finding;
        }

        return finding with
        {
            SourceText = ClipSide(finding.SourceText, source, sourceIds, finding.SourceStart, finding.SourceEnd),
            TargetText = ClipSide(finding.TargetText, target, targetIds, finding.TargetStart, finding.TargetEnd),
        };
    }

    private static string ClipSide(string text, SegmentedText side, IReadOnlyList<int> ids, int? spanStart, int? spanEnd)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        // The span's length, not its end mapped alone: a finding on a run of beads (added sentences) carries the
        // whole run's text while its bead is the run's first.
        var focus = spanStart is { } start ? Offset(side, ids, start) : 0;
        var length = spanStart is { } from && spanEnd is { } to ? Math.Max(0, to - from) : 0;
        return Clip(text, focus, focus + length);
    }

    // Where a file offset falls in the joined text of the bead's sentences (0 when no sentence holds it).
    private static int Offset(SegmentedText side, IReadOnlyList<int> ids, int offset)
    {
        var position = 0;
        foreach (var id in ids)
        {
            var sentence = side.Sentences[id];
            if (offset >= sentence.Start && offset <= sentence.End)
            {
                return position + Math.Min(offset - sentence.Start, sentence.Text.Length);
            }

            position += sentence.Text.Length + 1;
        }

        return 0;
    }
}
