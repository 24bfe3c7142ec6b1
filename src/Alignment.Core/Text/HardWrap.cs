using Alignment.Core.Segmentation;

namespace Alignment.Core.Text;

/// <summary>
/// Reads a hard-wrapped text as the paragraphs it was wrapped from. Wire copy, e-mail and text taken from a PDF
/// break every line of a paragraph at the last space before a fixed width, so such a line break is a space, not the
/// end of a headline or a sentence. A line was wrapped when the next line's first word would not have fitted on it;
/// a line that ends where it does for its own sake (a headline, a paragraph's last line) leaves room. The text
/// counts as wrapped only when many of its lines followed by another line were full so at one width that no line
/// of two words or more exceeds: where each line is a paragraph or a sentence, only the longest comes near the
/// longest (one line in twenty-five in news), and nothing is joined. A text cut at the width itself, inside words
/// (Korean set in print, text from a PDF), is joined without a space where the cut fell between two letters.
/// </summary>
internal static class HardWrap
{
    // Lines that must have been full, and their least share of the lines followed by another, for a width to be
    // taken: a story of short paragraphs, two or three lines each, has about half of its lines full; a few lines
    // that happen to be alike are not a wrapping.
    private const int MinimumFullLines = 5;
    private const double FullShare = 0.3;

    // No one wraps wider or narrower; lines longer than this are paragraphs.
    private const int MaximumWidth = 160;
    private const int MinimumWidth = 20;

    /// <summary>The line breaks of the text's wrapping, or null when it was not wrapped.</summary>
    public static WrapBreaks? Breaks(string text)
    {
        var inner = InnerLines(text);
        if (inner.Count < MinimumFullLines)
        {
            return null;
        }

        // Wrappers count characters (most scripts) or terminal columns, where a Hangul syllable takes two; the
        // count the text was wrapped by is the one under which more of its lines come out full.
        var byCharacters = BestWidth(Measure(text, inner, columns: false));
        var byColumns = BestWidth(Measure(text, inner, columns: true));
        var columns = byColumns.Full > byCharacters.Full;
        var (measured, width, full) = columns ? byColumns : byCharacters;
        if (full < Math.Max(MinimumFullLines, FullShare * inner.Count))
        {
            return null;
        }

        var joined = WordCuts.Joined(text, inner, measured, width, columns);
        var (spaces, joins) = (new HashSet<int>(), new HashSet<int>());
        for (var k = 0; k < inner.Count; k++)
        {
            var line = inner[k];
            if (measured[k].IsFull(width) && !StartsItem(text, line.Next))
            {
                var target = joined.Contains(k) ? joins : spaces;
                for (var at = line.End; at < line.Next; at++)
                {
                    if (text[at] is '\n' or '\r')
                    {
                        target.Add(at);
                    }
                }
            }
        }

        return new WrapBreaks(spaces, joins);
    }

    // Lines followed at once by another line (no blank line between), as trimmed spans with the next line's start.
    private static List<(int Start, int End, int Next)> InnerLines(string text)
    {
        var inner = new List<(int Start, int End, int Next)>();
        var previous = (Start: 0, End: 0);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var (start, end) = TextSpan.Trim(text, lineStart, newline < 0 ? text.Length : newline);
            if (start < end && previous.Start < previous.End)
            {
                inner.Add((previous.Start, previous.End, start));
            }

            previous = (start, end);
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return inner;
    }

    // The width under which most lines were full, among the widths the lines have: a line longer than it must be
    // one word (a long address a wrapper cannot break), or the text was not wrapped there.
    private static (MeasuredLine[] Lines, int Width, int Full) BestWidth(MeasuredLine[] lines)
    {
        var best = (Lines: lines, Width: 0, Full: 0);
        foreach (var width in lines.Select(l => l.Width).Where(w => w is >= MinimumWidth and <= MaximumWidth).Distinct())
        {
            if (lines.Any(l => l.Width > width && !l.OneWord))
            {
                continue;
            }

            // A line of one word tells nothing: any next word would overflow it.
            var full = lines.Count(l => l.Width <= width && !l.OneWord && l.IsFull(width));
            best = full > best.Full ? (lines, width, full) : best;
        }

        return best;
    }

    private static MeasuredLine[] Measure(string text, List<(int Start, int End, int Next)> inner, bool columns) =>
        inner.Select(l =>
        {
            var line = text.AsSpan(l.Start, l.End - l.Start);
            var next = text.AsSpan(l.Next);
            var wordEnd = next.IndexOfAny(" \t\r\n");
            return new MeasuredLine(Width(line, columns), Width(wordEnd < 0 ? next : next[..wordEnd], columns), line.IndexOfAny(' ', '\t') < 0);
        }).ToArray();

    // A list item starts a line of its own even after a full line.
    private static bool StartsItem(string text, int start) =>
        "-•*·▲△○●■□◆◇▶►▷☞※".Contains(text[start]) && start + 1 < text.Length && char.IsWhiteSpace(text[start + 1]);

    private static int Width(ReadOnlySpan<char> span, bool columns)
    {
        if (!columns)
        {
            return span.Length;
        }

        var width = 0;
        foreach (var c in span)
        {
            width += Scripts.IsWide(c) ? 2 : 1;
        }

        return width;
    }
}
