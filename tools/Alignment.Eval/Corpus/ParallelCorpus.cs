namespace Alignment.Eval.Corpus;

/// <summary>A sentence-aligned corpus: line N of <see cref="Korean"/> translates line N of <see cref="English"/>.</summary>
public sealed record ParallelCorpus(IReadOnlyList<string> Korean, IReadOnlyList<string> English)
{
    /// <summary>The first <paramref name="lines"/> pairs (all of them when there are fewer).</summary>
    public ParallelCorpus First(int lines) =>
        lines >= Korean.Count ? this : new ParallelCorpus(Korean.Take(lines).ToList(), English.Take(lines).ToList());
}
