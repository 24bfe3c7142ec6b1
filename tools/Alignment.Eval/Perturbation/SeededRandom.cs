namespace Alignment.Eval.Perturbation;

/// <summary>
/// One random stream per (seed, document, purpose), so a document's perturbation does not depend on the documents
/// before it and the running-text layout does not shift when the drop rates change.
/// </summary>
public static class SeededRandom
{
    public const int PerturbationStream = 1;
    public const int LayoutStream = 2;

    // Seeded System.Random is reproducible across runs and platforms; string.GetHashCode would not be.
    public static Random For(int seed, int document, int stream) =>
        new(unchecked((seed * 1_000_003) + (document * 7_919) + (stream * 104_729)));
}
