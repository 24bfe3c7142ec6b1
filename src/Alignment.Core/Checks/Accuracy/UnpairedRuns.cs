using Alignment.Core.Alignment;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>Runs of consecutive beads that pass a test, so a dropped paragraph or an appended block is reported once.</summary>
internal static class UnpairedRuns
{
    public static IEnumerable<(int First, int Last)> Find(IReadOnlyList<Bead> beads, Func<Bead, bool> test)
    {
        var b = 0;
        while (b < beads.Count)
        {
            if (!test(beads[b]))
            {
                b++;
                continue;
            }

            var first = b;
            while (b + 1 < beads.Count && test(beads[b + 1]))
            {
                b++;
            }

            yield return (first, b);
            b++;
        }
    }
}
