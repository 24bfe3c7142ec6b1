namespace Alignment.Core.Segmentation;

/// <summary>Span arithmetic shared by the segmentation steps, so every step trims a span the same way.</summary>
internal static class TextSpan
{
    /// <summary>The span without white space at either end (offsets into <paramref name="text"/>).</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
