namespace Alignment.Core.Text;

/// <summary>A line of a text that may be hard-wrapped (<see cref="HardWrap"/>), measured in characters or columns.</summary>
/// <param name="Width">The line's width.</param>
/// <param name="NextWord">The width of the next line's first word.</param>
/// <param name="OneWord">Whether the line is a single word, which no wrapper can break.</param>
internal readonly record struct MeasuredLine(int Width, int NextWord, bool OneWord)
{
    // The next word would not have fitted on the line at this width.
    public bool IsFull(int width) => Width + 1 + NextWord > width;
}
