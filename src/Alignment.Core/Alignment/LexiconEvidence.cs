using System.Runtime.CompilerServices;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Alignment;

/// <summary>
/// How much two runs of sentences share through the lexicon: Korean entries against English words, each entry
/// and each word counted once, weighted by how rare it is in its own side of the document.
/// </summary>
internal sealed class LexiconEvidence
{
    // Weight of each Korean entry id and each English word id of the document.
    private readonly double[] sourceWeights;
    private readonly double[] targetWeights;
    private readonly WordUnions sourceUnions;
    private readonly WordUnions targetUnions;

    // Per run of source sentences, the (English word, entry) links its entries could make with this document's
    // target, sorted by word: a bead's overlap is then one merge with the target run's sorted words.
    private readonly RunUnions<long> links;

    // Which entries one Overlap call has credited: an entry is credited when its stamp is that call's number, so
    // nothing is cleared or searched between calls. The search scores beads one at a time, so one array serves.
    private readonly int[] credited;

    // Likewise for target words: in the target run (present) and already taken by an entry (used).
    private readonly int[] present;
    private readonly int[] used;
    private int call;

    public LexiconEvidence(Lexicon? lexicon, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        sourceWeights = Weights(source);
        targetWeights = Weights(target);
        sourceUnions = new WordUnions(source, sourceWeights);
        targetUnions = new WordUnions(target, targetWeights);
        var buffer = new List<long>();
        links = new RunUnions<long>(source.Select(s => Links(lexicon, s.Words, targetWeights, buffer)).ToArray());
        credited = new int[sourceWeights.Length];
        present = new int[targetWeights.Length];
        used = new int[targetWeights.Length];
    }

    /// <summary>The entries of source sentences [from, to) and their weight.</summary>
    public (int[] Words, double Total) Source(int from, int to) => sourceUnions.Of(from, to);

    /// <summary>The words of target sentences [from, to) and their weight.</summary>
    public (int[] Words, double Total) Target(int from, int to) => targetUnions.Of(from, to);

    /// <summary>
    /// Weighted Dice overlap in [0, 1]: the weight of the entries that found one of their words, plus that of the
    /// words found, over the weight of both sides. A word serves one entry only and an entry one word, so
    /// "minister" cannot confirm both 장관 and 총리.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Overlap(int i0, int i1, int j0, int j1)
    {
        var entryTotal = sourceUnions.Of(i0, i1).Total;
        var (words, wordTotal) = targetUnions.Of(j0, j1);
        var pairs = links.Of(i0, i1);
        if (pairs.Length == 0 || words.Length == 0)
        {
            return 0;
        }

        if (++call == int.MaxValue)
        {
            Array.Clear(credited);
            Array.Clear(present);
            Array.Clear(used);
            call = 1;
        }

        foreach (var word in words)
        {
            present[word] = call;
        }

        // The links in word order, and for each word its entries in order: the first entry not yet credited takes the
        // word. Stamps instead of a merge of the two sorted lists: two array reads a link, no unpredictable branches.
        double common = 0;
        foreach (var link in pairs)
        {
            var word = (int)(link >> 32);
            var entry = (int)link;
            if (present[word] == call && used[word] != call && credited[entry] != call)
            {
                used[word] = call;
                credited[entry] = call;
                common += sourceWeights[entry] + targetWeights[word];
            }
        }

        return common / (entryTotal + wordTotal);
    }

    /// <summary>
    /// Whether source sentence <paramref name="k"/>, one of the run [i0, i1) of at most three, confirms a word of
    /// target sentences [j0, j1) that no other sentence of its run confirms.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SourceMemberAdds(int k, int i0, int i1, int j0, int j1)
    {
        var (first, second) = RunMembers.Others(links, k, i0, i1);
        return RunMembers.AddsWord(links.Of(k, k + 1), targetUnions.Of(j0, j1).Words, first, second);
    }

    /// <summary>
    /// Whether target sentence <paramref name="k"/>, one of the run [j0, j1) of at most three, holds a word that
    /// source sentences [i0, i1) confirm and that no other sentence of its run holds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TargetMemberAdds(int k, int j0, int j1, int i0, int i1)
    {
        var (first, second) = RunMembers.Others(targetUnions.Words, k, j0, j1);
        return RunMembers.AddsWord(links.Of(i0, i1), targetUnions.Of(k, k + 1).Words, first, second);
    }

    // Only words the target has somewhere can ever match; most entries have none, so most sentences have few links.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long[] Links(Lexicon? lexicon, int[] entries, double[] targetWeights, List<long> result)
    {
        result.Clear();
        foreach (var entry in lexicon is null ? [] : entries)
        {
            foreach (var word in lexicon!.WordsOf(entry))
            {
                if (word < targetWeights.Length && targetWeights[word] > 0)
                {
                    result.Add(((long)word << 32) | (uint)entry);
                }
            }
        }

        result.Sort();
        return [.. result];
    }

    // A word in every sentence (said, government) tells little about which sentences pair; a rare one tells much.
    private static double[] Weights(SentenceFeatures[] side)
    {
        var size = side.SelectMany(s => s.Words).DefaultIfEmpty(-1).Max() + 1;
        var frequency = new int[size];
        foreach (var sentence in side)
        {
            foreach (var word in sentence.Words)
            {
                frequency[word]++;
            }
        }

        var weights = new double[size];
        for (var w = 0; w < size; w++)
        {
            weights[w] = frequency[w] == 0 ? 0 : Math.Log(1.0 + (side.Length / (double)frequency[w]));
        }

        return weights;
    }
}
