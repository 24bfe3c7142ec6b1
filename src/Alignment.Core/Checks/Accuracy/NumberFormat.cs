using System.Globalization;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>How a value is written in English news: 10,000; 41.2 billion; 2.75 percent; 6th.</summary>
internal static partial class NumberFormat
{
    public static string English(decimal value, NumberKind kind)
    {
        var number = Scaled(value);
        return kind switch
        {
            NumberKind.Percent => number + " percent",
            NumberKind.PercentagePoint => number + (value == 1 ? " percentage point" : " percentage points"),
            NumberKind.Ordinal => number + Suffix(value),
            _ => number,
        };
    }

    /// <summary>The value as the English mention writes its kind: in basis points where it counts them.</summary>
    public static string Like(decimal value, NumberKind kind, string english) =>
        kind == NumberKind.PercentagePoint && BasisPoints().IsMatch(english)
            ? Scaled(value * 100m) + (value * 100m == 1 ? " basis point" : " basis points")
            : English(value, kind);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)basis|\dbp|\sbp")]
    private static partial System.Text.RegularExpressions.Regex BasisPoints();

    private static string Scaled(decimal value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1_000_000_000_000m => Short(value / 1_000_000_000_000m) + " trillion",
            >= 1_000_000_000m => Short(value / 1_000_000_000m) + " billion",
            >= 1_000_000m => Short(value / 1_000_000m) + " million",
            _ => value == decimal.Truncate(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.##########", CultureInfo.InvariantCulture),
        };
    }

    private static string Short(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Suffix(decimal value)
    {
        var n = (long)value % 100;
        return n is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
    }
}
