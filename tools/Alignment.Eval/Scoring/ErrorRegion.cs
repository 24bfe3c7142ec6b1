using Alignment.Eval.Beads;

namespace Alignment.Eval.Scoring;

/// <summary>
/// A stretch of one document between two points where gold and prediction agree on how many sentences of each side
/// are used up, and inside which they disagree.
/// </summary>
public sealed record ErrorRegion(int Document, IReadOnlyList<EvalBead> Gold, IReadOnlyList<EvalBead> Predicted)
{
    /// <summary>Bead shapes on both sides, "gold 2-1 | predicted 1-1 1-0": errors of one kind share it.</summary>
    public string Signature => $"gold {Shapes(Gold)} | predicted {Shapes(Predicted)}";

    private static string Shapes(IReadOnlyList<EvalBead> beads) => string.Join(' ', beads.Select(b => b.Shape));
}
