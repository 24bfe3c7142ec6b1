using Alignment.Core.Text;

namespace Alignment.Eval.RunningText;

/// <summary>
/// Hard-wraps running text as wire systems and mail clients do: each paragraph's words greedily onto lines of at
/// most a width in terminal columns (Hangul and other wide characters take two). A space becomes a line break, so
/// every offset of the text still holds.
/// </summary>
public static class LineWrapper
{
    public static string Wrap(string text, int width)
    {
        var buffer = text.ToCharArray();
        var (lineWidth, lastSpace, widthAtSpace) = (0, -1, 0);
        for (var i = 0; i < buffer.Length; i++)
        {
            var c = buffer[i];
            if (c == '\n')
            {
                (lineWidth, lastSpace) = (0, -1);
                continue;
            }

            if (c == ' ')
            {
                (lastSpace, widthAtSpace) = (i, lineWidth);
            }

            lineWidth += Scripts.IsWide(c) ? 2 : 1;
            if (lineWidth > width && lastSpace >= 0)
            {
                // The word that overflowed moves to a new line; a word longer than the width keeps a line of its own.
                buffer[lastSpace] = '\n';
                lineWidth -= widthAtSpace + 1;
                lastSpace = -1;
            }
        }

        return new string(buffer);
    }
}
