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
}
