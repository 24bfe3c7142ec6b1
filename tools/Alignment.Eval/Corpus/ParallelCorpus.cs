namespace Alignment.Eval.Corpus;

/// <summary>A sentence-aligned corpus: line N of <see cref="Korean"/> translates line N of <see cref="English"/>.</summary>
public sealed record ParallelCorpus(IReadOnlyList<string> Korean, IReadOnlyList<string> English);
