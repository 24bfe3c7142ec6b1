using System.Globalization;

namespace Alignment.Core.Numbers;

internal static class DigitParser
{
    /// <summary>Parses "12,300" or "2.75" the same way on every machine.</summary>
    public static decimal Parse(ReadOnlySpan<char> digits)
    {
        Span<char> buffer = stackalloc char[digits.Length];
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
