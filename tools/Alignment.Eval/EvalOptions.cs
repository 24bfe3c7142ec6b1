using Alignment.Eval.Perturbation;

namespace Alignment.Eval;

/// <summary>What one evaluation run measures; see README.md for each option.</summary>
public sealed record EvalOptions
{
    public required string Corpus { get; init; }

    public int DocumentLines { get; init; } = 40;

    /// <summary>Use only the first this many line pairs of the corpus (all when unset).</summary>
    public int MaxLines { get; init; } = int.MaxValue;

    /// <summary>When set, a line audit (see <see cref="Corpus.LineAudit"/>): only the pairs it judges sound are used, before <see cref="MaxLines"/>.</summary>
    public string? Audit { get; init; }

    public double DropEnglish { get; init; } = 0.08;

    public double DropKorean { get; init; } = 0.04;

    public double Merge { get; init; } = 0.08;

    public int Seed { get; init; } = 1;

    public string? Glossary { get; init; }

    public bool Unperturbed { get; init; }

    /// <summary>When set, write the unperturbed documents as story folders here (for false-alarm runs) and stop.</summary>
    public string? WriteStories { get; init; }

    /// <summary>When set, the running text is hard-wrapped at this many columns (Hangul two each).</summary>
    public int WrapWidth { get; init; }

    /// <summary>How many error regions to print in full (spread evenly over all of them).</summary>
    public int Examples { get; init; }

    public PerturbationOptions Perturbation =>
        Unperturbed ? PerturbationOptions.None(Seed) : new PerturbationOptions(DropEnglish, DropKorean, Merge, Seed);
}
