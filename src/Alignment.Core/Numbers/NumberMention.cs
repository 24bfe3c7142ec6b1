namespace Alignment.Core.Numbers;

/// <summary>
/// A number as written, with its value after units and scale words are applied (412억 → 41,200,000,000).
/// <paramref name="Spelled"/> marks numbers written as words (four, 두 명), which English and Korean use freely
/// for small counts, and numbers that are part of a name (the 6·25 of 6·25 전쟁, the 6 of 6자회담), so they confirm
/// a match but are never reported missing. <paramref name="HalfDayKnown"/> is false
/// for a clock time written without 오전/오후 (3시 may be 3:00 or 15:00).
/// </summary>
public sealed record NumberMention(decimal Value, int Start, int End, string Text, NumberKind Kind = NumberKind.Cardinal, bool Spelled = false, bool HalfDayKnown = true)
{
    /// <summary>
    /// Other readings of the same words that the other language may write instead: 후반 31분 is the 76th minute of
    /// the match and the 31st of the half; 2시간 30분 is 150 minutes, "30 minutes" past two hours, or 2.5 hours.
    /// </summary>
    public IReadOnlyList<decimal> Alternates { get; init; } = [];

    /// <summary>
    /// For a figure that names a range rather than a value (1조2천억원대, "in the 1.2 trillion won range"; 3%대),
    /// the first value past the range: any figure from <see cref="Value"/> up to it renders the mention.
    /// </summary>
    public decimal? Below { get; init; }

    public bool IsDate => Kind is NumberKind.Year or NumberKind.Month or NumberKind.Day or NumberKind.Weekday or NumberKind.Time;
}
