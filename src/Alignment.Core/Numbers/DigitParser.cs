using System.Globalization;

namespace Alignment.Core.Numbers;

internal static class DigitParser
{
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
