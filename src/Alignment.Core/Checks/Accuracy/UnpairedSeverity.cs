using Alignment.Core.Alignment;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// How sure an unpaired run is. A lone short sentence, or an omission close beside an addition (the aligner could
/// not pair two sentences, which is more often a loose translation than a drop plus an insertion), is minor.
/// </summary>
internal static class UnpairedSeverity
{
    private const int ShortSource = 30;
    private const int ShortTarget = 60;

    // An omission and an addition this close (two beads apart) are one sentence the aligner could not pair.
    private const int Reach = 2;

    public static Severity Of(IReadOnlyList<Bead> beads, int first, int last, int length, bool isSource)
    {
        var besideOther = Enumerable.Range(first - Reach, last - first + 1 + (2 * Reach))
            .Any(b => b >= 0 && b < beads.Count && (b < first || b > last) && Other(beads[b], isSource));
        var lone = first == last && length < (isSource ? ShortSource : ShortTarget);
        return besideOther || lone ? Severity.Minor : Severity.Major;
    }

    private static bool Other(Bead bead, bool isSource) => isSource ? bead.IsAddition : bead.IsOmission;
}
