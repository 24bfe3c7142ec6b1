namespace Alignment.Core.Alignment;

/// <summary>
/// Korean copy dates an event by its day of the month (27일) where English wire copy names the weekday ("on
/// Sunday"): on the dev split three Korean days in four stand beside an English weekday. The pairs of a first
/// alignment that hold one of each tell which weekday the days near them fall on, and each English sentence then
/// also carries the nearby days its weekdays stand for, so 27일 meets "Sunday" as it meets "July 27".
/// </summary>
/// <remarks>
/// The weekday of a day is learnt near where it is used, not once for the text: a file may hold several stories,
/// each written in its own week.
/// </remarks>
internal static class WeekdayLinks
{
    /// <summary>The target's features with the linked days added as anchors, or the same array when none is.</summary>
    public static SentenceFeatures[] Add(IReadOnlyList<(int I0, int I1, int J0, int J1)> path, SentenceFeatures[] source, SentenceFeatures[] target, int window)
    {
        var votes = new List<(int At, int Offset)>();
        var at = new int[target.Length];
        foreach (var (i0, i1, j0, j1) in path)
        {
            for (var j = j0; j < j1; j++)
            {
                at[j] = i0;
            }

            if (i1 - i0 == 1 && j1 - j0 == 1)
            {
                foreach (var (day, _) in source[i0].Days)
                {
                    foreach (var weekday in target[j0].Weekdays)
                    {
                        votes.Add((i0, Mod7(weekday - day)));
                    }
                }
            }
        }

        if (votes.Count == 0)
        {
            return target;
        }

        var result = target;
        var added = new List<int>();
        for (var j = 0; j < target.Length; j++)
        {
            if (target[j].Weekdays.Length == 0 || Offset(votes, at[j], window) is not { } offset)
            {
                continue;
            }

            added.Clear();
            for (var i = Math.Max(0, at[j] - window); i < Math.Min(source.Length, at[j] + window + 1); i++)
            {
                foreach (var (day, anchor) in source[i].Days)
                {
                    if (Falls(target[j].Weekdays, Mod7(day + offset)) && Array.BinarySearch(target[j].Anchors, anchor) < 0 && !added.Contains(anchor))
                    {
                        added.Add(anchor);
                    }
                }
            }

            if (added.Count > 0)
            {
                result = ReferenceEquals(result, target) ? (SentenceFeatures[])target.Clone() : result;
                result[j] = target[j] with { Anchors = [.. target[j].Anchors.Concat(added).Order()] };
            }
        }

        return result;
    }

    // The offset from day to weekday that most votes within the window agree on, if one has more than any other.
    private static int? Offset(List<(int At, int Offset)> votes, int at, int window)
    {
        Span<int> counts = stackalloc int[7];
        foreach (var vote in votes)
        {
            if (Math.Abs(vote.At - at) <= window)
            {
                counts[vote.Offset]++;
            }
        }

        var best = 0;
        for (var k = 1; k < 7; k++)
        {
            best = counts[k] > counts[best] ? k : best;
        }

        for (var k = 0; k < 7; k++)
        {
            if (counts[best] == 0 || (k != best && counts[k] == counts[best]))
            {
                return null;
            }
        }

        return best;
    }

    private static bool Falls(int[] weekdays, int weekday)
    {
        foreach (var w in weekdays)
        {
            if (Mod7(w) == weekday)
            {
                return true;
            }
        }

        return false;
    }

    // Weekdays and offsets are compared modulo 7 (Sunday, 7, is 0).
    private static int Mod7(int value) => ((value % 7) + 7) % 7;
}
