namespace Alignment.Core.Alignment;

/// <summary>A bead's shape (source sentences, target sentences) and its prior cost: one-to-one is the norm in wire copy.</summary>
internal readonly record struct BeadShape(int Source, int Target, double Prior)
{
    /// <summary>The first three shapes (1-1, 1-0, 0-1) make the coarse search.</summary>
    public const int Simple = 3;

    public static readonly BeadShape[] All =
    [
        new(1, 1, 0.0),
        new(1, 0, 0.0),
        new(0, 1, 0.0),
        new(2, 1, 3.0),
        new(1, 2, 3.0),
        new(2, 2, 8.0),
        new(3, 1, 6.0),
        new(1, 3, 6.0),
    ];

    /// <summary>The prior of the shape with these sizes; 0 for a shape that is not searched.</summary>
    public static double PriorOf(int source, int target)
    {
        foreach (var shape in All)
        {
            if (shape.Source == source && shape.Target == target)
            {
                return shape.Prior;
            }
        }

        return 0;
    }

    /// <summary>
    /// The order the searches try shapes in: the unpaired ones first, whose cost is a constant, so that a cell has
    /// a cost to beat before its pairs are scored and most pairs far from the path stop early. The first
    /// <see cref="Simple"/> are the coarse search's.
    /// </summary>
    public static readonly byte[] SearchOrder = [1, 2, 0, 3, 4, 5, 6, 7];
}
