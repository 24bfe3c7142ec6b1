namespace Alignment.Core.Checks.Accuracy.Polarity;

/// <summary>A word that says which way something went: its axis (trend, assent), its sign (+1, -1) and where it is.</summary>
internal sealed record PolarityWord(string Axis, int Sign, int Start, int End);
