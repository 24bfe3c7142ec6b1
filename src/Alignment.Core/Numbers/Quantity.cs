namespace Alignment.Core.Numbers;

/// <summary>
/// A measured figure in its dimension's base unit, so that a figure and its conversion meet: 289㎞ and "180 miles"
/// are both about 289,000 m of length. Base units: m, kg, m², L, km/h, °C.
/// </summary>
public sealed record Quantity(string Dimension, double Value);
