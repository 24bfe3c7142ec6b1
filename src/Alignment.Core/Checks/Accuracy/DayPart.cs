namespace Alignment.Core.Checks.Accuracy;

/// <summary>A word for a part of the day, what English calls it and the parts (morning, night …) it allows.</summary>
internal sealed record DayPart(string Word, string Rendering, IReadOnlySet<string> Allows);
