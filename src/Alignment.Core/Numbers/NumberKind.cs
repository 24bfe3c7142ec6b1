namespace Alignment.Core.Numbers;

/// <summary>What a number counts; dates and times are compared by accuracy.date, the rest by accuracy.number.</summary>
public enum NumberKind
{
    Cardinal,
    Percent,
    PercentagePoint,
    Ordinal,
    Year,
    Month,
    Day,
    Weekday,
    Time,

    /// <summary>A factor (2배, 1.5배: "twice", "1.5 times"), which English often gives as its result instead.</summary>
    Multiplier,
}
