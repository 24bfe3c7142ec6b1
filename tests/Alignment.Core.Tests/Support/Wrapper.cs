namespace Alignment.Core.Tests.Support;

/// <summary>
/// Hard-wraps text as mail clients and wire systems do: each paragraph's words greedily onto lines of at most a
/// width, counted in characters or in terminal columns (a Hangul syllable takes two).
/// </summary>
internal static class Wrapper
{
    public static string Wrap(string text, int width, bool columns = false, string newline = "\n") =>
        string.Join(newline, text.Split('\n').SelectMany(line => Lines(line, width, columns)));

    /// <summary>
    /// Cuts each line at the width itself, inside words too, as print sets Korean and PDF text comes out; the space
    /// a cut falls on is dropped.
    /// </summary>
    public static string Cut(string text, int width, bool columns = false) =>
        string.Join('\n', text.Split('\n').SelectMany(line => Pieces(line, width, columns)));

    private static IEnumerable<string> Pieces(string line, int width, bool columns)
    {
        var piece = "";
        foreach (var c in line)
        {
            if (Width(piece + c, columns) > width)
            {
                yield return piece.TrimEnd();
                piece = c == ' ' ? "" : c.ToString();
            }
            else
            {
                piece = piece.Length == 0 && c == ' ' ? piece : piece + c;
            }
        }

        yield return piece;
    }

    private static IEnumerable<string> Lines(string paragraph, int width, bool columns)
    {
        var line = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && Width(line, columns) + 1 + Width(word, columns) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        yield return line;
    }

    private static int Width(string s, bool columns) => columns ? s.Sum(c => c is >= '\uAC00' and <= '\uD7A3' ? 2 : 1) : s.Length;
}
