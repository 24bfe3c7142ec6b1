namespace Alignment.Eval.Corpus;

/// <summary>Cuts a corpus into documents of N consecutive lines; the last one keeps the remainder.</summary>
public static class DocumentSplitter
{
    public static IReadOnlyList<DocumentPair> Split(ParallelCorpus corpus, int linesPerDocument)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(linesPerDocument, 1);
        var documents = new List<DocumentPair>();
        for (var start = 0; start < corpus.Korean.Count; start += linesPerDocument)
        {
            var count = Math.Min(linesPerDocument, corpus.Korean.Count - start);
            documents.Add(new DocumentPair(
                documents.Count,
                corpus.Korean.Skip(start).Take(count).ToList(),
                corpus.English.Skip(start).Take(count).ToList()));
        }

        return documents;
    }
}
