using Alignment.Core.Glossary;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Checks;

/// <summary>
/// Offsets to sentences by binary search, and hits bucketed by the sentence that holds them: checks ask per bead
/// and per finding, and a scan of the whole story each time made a story of thousands of sentences quadratic.
/// Sentences are in text order and do not overlap.
/// </summary>
internal static class SentenceSearch
{
    /// <summary>The first sentence that ends after <paramref name="offset"/>, or -1.</summary>
    public static int FirstEndingAfter(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].End > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo < sentences.Count ? lo : -1;
    }

    /// <summary>The sentence holding <paramref name="offset"/>, or -1 when it lies between sentences.</summary>
    public static int Holding(IReadOnlyList<Sentence> sentences, int offset)
    {
        var k = FirstEndingAfter(sentences, offset);
        return k >= 0 && sentences[k].Start <= offset ? k : -1;
    }

    /// <summary>For each sentence, the hits that lie wholly inside it, in the order of <paramref name="hits"/>.</summary>
    public static TermHit[][] Bucket(IReadOnlyList<TermHit> hits, IReadOnlyList<Sentence> sentences)
    {
        var buckets = new List<TermHit>?[sentences.Count];
        foreach (var hit in hits)
        {
            var k = Holding(sentences, hit.Start);
            if (k >= 0 && hit.End <= sentences[k].End)
            {
                (buckets[k] ??= []).Add(hit);
            }
        }

        return buckets.Select(b => b?.ToArray() ?? []).ToArray();
    }
}
