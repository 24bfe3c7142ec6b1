namespace Alignment.Core.Checks.Accuracy.Units;

/// <summary>A unit of measure as the data files list it: km, mi, ℃; its dimension (length, speed); how English writes it.</summary>
internal sealed record MeasureUnit(string Id, string Dimension, string English);
