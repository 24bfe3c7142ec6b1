namespace Alignment.Core.Numbers.Units;

/// <summary>
/// A unit of measure as the data files list it: km, mi, ℃; its dimension (length, speed); how English writes it;
/// and its size in the dimension's base unit (a mile is 1,609.344 m), after adding <paramref name="Offset"/> (°F).
/// </summary>
internal sealed record MeasureUnit(string Id, string Dimension, string English, double Scale = 1, double Offset = 0);
