namespace Alignment.Core.Segmentation;

/// <summary>
/// Finds the lines of web-page debris: lines matching a boilerplate pattern of the language, and the short lines
/// caught between two such lines ("Monthly Digital Subscription", "$4.75/week*" inside a subscription box).
/// Returns the start offsets of the debris lines.
/// </summary>
internal static class WebDebris
{
    private const int ShortLine = 70;

    public static HashSet<int> Lines(string text, SegmentationRules rules)
    {
        var lines = new List<(int Start, int End, bool Debris)>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (start, end) = TextSpan.Trim(text, lineStart, lineEnd);

            if (start < end)
            {
                var line = text[start..end];
                lines.Add((start, end, rules.Boilerplate.Any(r => r.IsMatch(line))));
            }
            else
            {
                // A blank line: a subheading between two advertisement slots is not inside a debris box.
                lines.Add((start, start, false));
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        var result = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Debris || (lines[i].End > lines[i].Start && IsShort(text, lines[i]) && Between(lines, i)))
            {
                result.Add(lines[i].Start);
            }
        }

        return result;
    }

    private static bool IsShort(string text, (int Start, int End, bool Debris) line) =>
        line.End - line.Start <= ShortLine && text[line.End - 1] is not ('.' or '다' or '”' or '"');

    // Debris somewhere before and after within a few lines, with only short lines in between.
    private static bool Between(List<(int Start, int End, bool Debris)> lines, int i)
    {
        bool Near(int step)
        {
            for (var k = i + step; k >= 0 && k < lines.Count && Math.Abs(k - i) <= 4; k += step)
            {
                if (lines[k].Debris)
                {
                    return true;
                }

                if (lines[k].End == lines[k].Start || lines[k].End - lines[k].Start > ShortLine)
                {
                    return false;
                }
            }

            return false;
        }

        return Near(-1) && Near(1);
    }
}
