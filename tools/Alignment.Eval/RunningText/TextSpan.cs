namespace Alignment.Eval.RunningText;

/// <summary>A character span [Start, End) in a running text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Overlap(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
