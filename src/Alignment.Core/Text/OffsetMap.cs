namespace Alignment.Core.Text;

/// <summary>
/// Maps offsets in a normalized text back to the file's text, whose offsets every report gives. Kept as the points
/// where the distance between the two changes, so a file with a few changes costs a few entries, and one with none
/// costs nothing.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] points;
    private readonly int[] shifts;

    private OffsetMap(int[] points, int[] shifts) => (this.points, this.shifts) = (points, shifts);

    public static OffsetMap Identity { get; } = new([], []);

    public bool IsIdentity => points.Length == 0;

    /// <summary>From offset <c>points[k]</c> of the normalized text on, the original offset is <c>shifts[k]</c> more.</summary>
    internal static OffsetMap From(List<int> points, List<int> shifts) => points.Count == 0 ? Identity : new([.. points], [.. shifts]);

    /// <summary>The original offset of a normalized one; a start inside a composed character maps to its start.</summary>
    public int ToOriginal(int offset)
    {
        var k = Array.BinarySearch(points, offset);
        k = k >= 0 ? k : ~k - 1;
        return k < 0 ? offset : offset + shifts[k];
    }

    public int? ToOriginal(int? offset) => offset is null ? null : ToOriginal(offset.Value);
}
