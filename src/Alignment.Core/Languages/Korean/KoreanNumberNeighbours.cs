using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// What two Korean numbers side by side say about each other: 2, 3년 is an approximation, and 오전 5시 5분과 5시
/// 22분 gives the second time the first one's half of the day. Runs on a sentence's mentions once they are read.
/// </summary>
internal static class KoreanNumberNeighbours
{
    // 2, 3년 전 and 4~5명 are "two or three", "four or five": an approximation English gives as "a couple of years"
    // or "a few", so the two small neighbours are optional, as spelled numbers are.
    public static void MarkApproximations(string text, List<NumberMention> result)
    {
        for (var k = 1; k < result.Count; k++)
        {
            var (a, b) = (result[k - 1], result[k]);
            if (a.Spelled || b.Spelled || a.Value is < 1 or > 9 || b.Value != a.Value + 1 || a.Value != decimal.Truncate(a.Value))
            {
                continue;
            }

            var gap = text.AsSpan(a.End, Math.Max(0, b.Start - a.End)).Trim();
            if (gap is "," or "~" or "∼" or "-")
            {
                result[k - 1] = a with { Spelled = true };
                result[k] = b with { Spelled = true };
            }
        }
    }

    // 오전 5시 5분과 5시 22분: the second time keeps the first one's half of the day when only a joint lies between
    // them and it comes later in that half (오후 11시부터 1시까지 crosses midnight and stays open).
    public static void CarryHalfOfDay(string text, List<NumberMention> result)
    {
        for (var k = 1; k < result.Count; k++)
        {
            var (a, b) = (result[k - 1], result[k]);
            if (a.Kind != NumberKind.Time || b.Kind != NumberKind.Time || !a.HalfDayKnown || b.HalfDayKnown || b.Start < a.End)
            {
                continue;
            }

            var gap = text.AsSpan(a.End, b.Start - a.End).Trim();
            if (gap is not ("과" or "와" or "," or "~" or "∼" or "-" or "–" or "및" or "부터" or "에서" or "또는"))
            {
                continue;
            }

            var carried = a.Value >= 720 && b.Value < 720 ? b.Value + 720 : b.Value;
            if (carried >= a.Value && carried < 1440)
            {
                result[k] = b with { Value = carried, HalfDayKnown = true };
            }
        }
    }
}
