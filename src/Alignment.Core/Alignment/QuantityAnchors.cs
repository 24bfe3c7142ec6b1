using System.Globalization;
using Alignment.Core.Numbers;

namespace Alignment.Core.Alignment;

/// <summary>
/// Anchors that let a measured figure meet its conversion: English news gives 289㎞ as "180 miles" and 700㎏ as
/// "1,500 pounds", and the bare numbers share nothing. Both sides key the figure in its base unit, in buckets 5%
/// wide on a log scale; the target also takes the buckets either side, so a conversion rounded by up to 5% always
/// meets the source's key, and one rounded by up to 10% may.
/// </summary>
internal static class QuantityAnchors
{
    private static readonly double Step = Math.Log(1.05);

    /// <summary>The source's key, strong: a measure the translation drops counts against the pair.</summary>
    public static void AddSource(Quantity quantity, AnchorTable table, HashSet<int> anchors, HashSet<int> strong)
    {
        if (Bucket(quantity) is { } bucket)
        {
            var id = table.Id(Key(quantity.Dimension, bucket));
            anchors.Add(id);
            strong.Add(id);
        }
    }

    /// <summary>The target's keys, only where the source has them: they confirm a pair but never count against one.</summary>
    public static void AddTarget(Quantity quantity, AnchorTable table, HashSet<int> anchors)
    {
        if (Bucket(quantity) is not { } bucket)
        {
            return;
        }

        for (var near = bucket - 1; near <= bucket + 1; near++)
        {
            if (table.TryId(Key(quantity.Dimension, near), out var id))
            {
                anchors.Add(id);
            }
        }
    }

    // Temperature has a zero of its own and goes below it: its buckets are whole degrees Celsius ("95 degrees
    // Fahrenheit" for 35℃ is exact; "about 100 degrees" for 38℃ is 37.8). Other measures are never below zero.
    private static long? Bucket(Quantity quantity) =>
        quantity.Dimension == "temperature" ? (long)Math.Round(quantity.Value)
        : quantity.Value > 0 ? (long)Math.Floor(Math.Log(quantity.Value) / Step)
        : null;

    private static string Key(string dimension, long bucket) => "q:" + dimension + ":" + bucket.ToString(CultureInfo.InvariantCulture);
}
