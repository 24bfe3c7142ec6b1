namespace Alignment.Eval.Beads;

/// <summary>Consecutive sentence indices [Start, Start + Count); every empty range is <see cref="Empty"/>, so equality ignores where it sits.</summary>
public readonly record struct IdRange
{
    public IdRange(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Start = count == 0 ? 0 : start;
        Count = count;
    }

    public static IdRange Empty => default;

    public int Start { get; }

    public int Count { get; }

    public int End => Start + Count;

    public bool IsEmpty => Count == 0;

    public IEnumerable<int> Ids => Enumerable.Range(Start, Count);

    public static IdRange Of(int id) => new(id, 1);

    /// <summary>The range of a bead side as the aligner reports it; the ids must be consecutive.</summary>
    public static IdRange From(IReadOnlyList<int> ids)
    {
        if (ids.Count == 0)
        {
            return Empty;
        }

        for (var k = 1; k < ids.Count; k++)
        {
            if (ids[k] != ids[0] + k)
            {
                throw new ArgumentException($"bead side [{string.Join(' ', ids)}] is not a run of consecutive sentences", nameof(ids));
            }
        }

        return new IdRange(ids[0], ids.Count);
    }

    public override string ToString() => Count switch
    {
        0 => "-",
        1 => Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => FormattableString.Invariant($"{Start}..{End - 1}"),
    };
}
