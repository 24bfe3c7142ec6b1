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
    private readonly int[] gaps;
    private readonly int[] gapStarts;

    private OffsetMap(int[] points, int[] shifts, int[] gaps, int[] gapStarts) =>
        (this.points, this.shifts, this.gaps, this.gapStarts) = (points, shifts, gaps, gapStarts);

    public static OffsetMap Identity { get; } = new([], [], [], []);

    public bool IsIdentity => points.Length == 0;

    /// <summary>
    /// From offset <c>points[k]</c> of the normalized text on, the original offset is <c>shifts[k]</c> more. Where
    /// characters were dropped (a zero-width space, a tag) just before normalized offset <c>gaps[k]</c>, they begin
    /// at original offset <c>gapStarts[k]</c>.
    /// </summary>
    internal static OffsetMap From(List<int> points, List<int> shifts, List<int> gaps, List<int> gapStarts) =>
        points.Count == 0 ? Identity : new([.. points], [.. shifts], [.. gaps], [.. gapStarts]);

    /// <summary>The original offset of a normalized start; a start inside a composed character maps to its start.</summary>
    public int ToOriginal(int offset)
    {
        var k = Array.BinarySearch(points, offset);
        k = k >= 0 ? k : ~k - 1;
        return k < 0 ? offset : offset + shifts[k];
    }

    public int? ToOriginal(int? offset) => offset is null ? null : ToOriginal(offset.Value);

    // The original offset of a normalized end: before what was dropped right after the span, so "Korea-Canada" in
    // "<b>Korea-Canada</b>" ends where the word does.
    private int ToOriginalEnd(int offset)
    {
        var k = Array.BinarySearch(gaps, offset);
        return k >= 0 ? gapStarts[k] : ToOriginal(offset);
    }

    /// <summary>A normalized span's original span; an empty span stays empty, where the dropped characters end.</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        ToOriginal(start) is var from && end > start ? (from, Math.Max(from, ToOriginalEnd(end))) : (from, from);
}
