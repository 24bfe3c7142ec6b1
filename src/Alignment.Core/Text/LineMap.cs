namespace Alignment.Core.Text;

/// <summary>Maps an offset to its 1-based line number, for messages that name a line.</summary>
public static class LineMap
{
    public static int LineOf(string text, int offset)
    {
        var line = 1;
        var end = Math.Min(offset, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
