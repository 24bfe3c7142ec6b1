using Alignment.Core.Alignment;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// How sure an unpaired run is. A lone short sentence, or an omission right beside an addition (the aligner could
/// not pair two sentences, which is more often a loose translation than a drop plus an insertion), is minor.
/// </summary>
internal static class UnpairedSeverity
{
    private const int ShortSource = 40;
    private const int ShortTarget = 80;

    public static Severity Of(IReadOnlyList<Bead> beads, int first, int last, int length, bool isSource)
    {
        var besideOther = (first > 0 && Other(beads[first - 1], isSource)) || (last + 1 < beads.Count && Other(beads[last + 1], isSource));
        var lone = first == last && length < (isSource ? ShortSource : ShortTarget);
        return besideOther || lone ? Severity.Minor : Severity.Major;
    }

    private static bool Other(Bead bead, bool isSource) => isSource ? bead.IsAddition : bead.IsOmission;
}
