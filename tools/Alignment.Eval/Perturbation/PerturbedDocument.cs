using Alignment.Eval.Beads;

namespace Alignment.Eval.Perturbation;

/// <summary>A document after drops and merges, with the gold beads that say which sentences translate which.</summary>
public sealed record PerturbedDocument(int Index, IReadOnlyList<string> Korean, IReadOnlyList<string> English, IReadOnlyList<EvalBead> Gold);
