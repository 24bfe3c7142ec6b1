namespace Alignment.Eval.RunningText;

/// <summary>Maps each system sentence to the gold sentence it shares most characters with (the earlier on a tie), or -1.</summary>
public static class SpanMapper
{
    public static int[] Map(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> system)
    {
        var map = new int[system.Count];
        var first = 0;
        for (var s = 0; s < system.Count; s++)
        {
            // Both lists are in text order and non-overlapping: gold sentences ending before this one never matter again.
            while (first < gold.Count && gold[first].End <= system[s].Start)
            {
                first++;
            }

            var best = -1;
            var bestOverlap = 0;
            for (var g = first; g < gold.Count && gold[g].Start < system[s].End; g++)
            {
                var overlap = gold[g].Overlap(system[s]);
                if (overlap > bestOverlap)
                {
                    best = g;
                    bestOverlap = overlap;
                }
            }

            map[s] = best;
        }

        return map;
    }
}
