using System.Globalization;

namespace Alignment.Core.Numbers;

internal static class DigitParser
{
    /// <summary>
    /// Whether the text holds a digit as a regex's \d sees one: an ASCII one (a quick vectorised search) or any other
    /// (full-width １０), so a reader that skips digit-free text reads just what it read before.
    /// </summary>
    public static bool HasDigit(ReadOnlySpan<char> text) => text.ContainsAnyInRange('0', '9') || HasWideDigit(text);

    private static bool HasWideDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text with every non-ASCII digit (full-width １０) written as its ASCII digit, one character for one, so
    /// offsets hold; the text itself when it has none. Regexes' \d matches those digits, and the parsers do not.
    /// </summary>
    public static string Fold(string text)
    {
        if (!HasWideDigit(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                var c = source[k];
                span[k] = c > '\u007F' && char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;
            }
        });
    }

    /// <summary>Parses "12,300" or "2.75" the same way on every machine.</summary>
    public static decimal Parse(ReadOnlySpan<char> digits)
    {
        // A figure can be any run of digits a file holds: only ordinary ones go on the stack.
        Span<char> buffer = digits.Length <= 128 ? stackalloc char[128] : new char[digits.Length];
        var n = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                buffer[n++] = c;
            }
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0m;
    }
}
