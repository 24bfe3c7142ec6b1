namespace Alignment.Eval.Corpus;

/// <summary>A sentence-aligned corpus: line N of <see cref="Korean"/> translates line N of <see cref="English"/>.</summary>
public sealed record ParallelCorpus(IReadOnlyList<string> Korean, IReadOnlyList<string> English)
{
    /// <summary>The first <paramref name="lines"/> pairs (all of them when there are fewer).</summary>
    public ParallelCorpus First(int lines) =>
        lines >= Korean.Count ? this : new ParallelCorpus(Korean.Take(lines).ToList(), English.Take(lines).ToList());

    /// <summary>Only the pairs whose 1-based line numbers are listed, in their order; numbers past the end are ignored.</summary>
    public ParallelCorpus Only(IReadOnlySet<int> lines) =>
        new(Korean.Where((_, k) => lines.Contains(k + 1)).ToList(), English.Where((_, k) => lines.Contains(k + 1)).ToList());
}
