using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>A Korean figure that counts something: a counter or unit right after it (3명, 14개월, 45%).</summary>
internal static class CountedFigure
{
    public static bool Is(string text, NumberMention m) =>
        m.End < text.Length && (Text.Scripts.IsHangulSyllable(text[m.End]) || text[m.End] is '%' or '％');
}
