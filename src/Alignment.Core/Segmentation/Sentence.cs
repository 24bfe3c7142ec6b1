namespace Alignment.Core.Segmentation;

/// <summary>One sentence: its 0-based index, its span in the decoded file text (end exclusive) and its paragraph.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, int Paragraph)
{
    public int Length => End - Start;
}
