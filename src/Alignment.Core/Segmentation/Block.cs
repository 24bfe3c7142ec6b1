namespace Alignment.Core.Segmentation;

/// <summary>A run of text inside one paragraph that sentence splitting works on: a line, or lines joined by wrapping.</summary>
internal readonly record struct Block(int Start, int End, int Paragraph);
