namespace Alignment.Core.Reporting.Sarif;

/// <summary>
/// 1-based line and column of an offset, as SARIF counts them: lines end at CR, LF or CRLF, columns are UTF-16
/// code units (the run declares <c>utf16CodeUnits</c>), so they agree with the report's offsets.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) At(int offset)
    {
        var index = starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - starts[line] + 1);
    }
}
