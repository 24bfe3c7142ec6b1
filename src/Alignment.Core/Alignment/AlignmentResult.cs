using Alignment.Core.Glossary;

namespace Alignment.Core.Alignment;

/// <summary>The beads of a document in order, covering every sentence once, and warnings about the pairing as a whole.</summary>
public sealed record AlignmentResult(IReadOnlyList<Bead> Beads, IReadOnlyList<string> Warnings)
{
    public double MeanScore => Beads.Count == 0 ? 0 : Beads.Average(b => b.Score);

    /// <summary>The glossary the aligner searched, so that the checks can reuse its hits instead of searching again.</summary>
    internal TermGlossary? Glossary { get; init; }

    internal IReadOnlyList<TermHit> SourceTerms { get; init; } = [];

    internal IReadOnlyList<TermHit> TargetTerms { get; init; } = [];
}
