using System.Text;

namespace Alignment.Core.Tests.Support;

/// <summary>
/// Writes Hangul the way macOS and some PDF extractors store it, as conjoining jamo (NFD). Done by arithmetic
/// because the tests run with invariant globalization, where <c>string.Normalize</c> changes nothing.
/// </summary>
internal static class Jamo
{
    public static string Decompose(string text)
    {
        var builder = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            if (c is < '가' or > '힣')
            {
                builder.Append(c);
                continue;
            }

            var index = c - '가';
            builder.Append((char)('\u1100' + (index / (21 * 28))));
            builder.Append((char)('\u1161' + (index % (21 * 28) / 28)));
            if (index % 28 > 0)
            {
                builder.Append((char)('\u11A7' + (index % 28)));
            }
        }

        return builder.ToString();
    }
}
