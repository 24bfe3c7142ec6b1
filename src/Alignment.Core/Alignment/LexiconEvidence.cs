using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Alignment;

/// <summary>
/// How much two runs of sentences share through the lexicon: Korean entries against English words, each entry
/// and each word counted once, weighted by how rare it is in its own side of the document.
/// </summary>
internal sealed class LexiconEvidence
{
    private readonly Lexicon? lexicon;

    public LexiconEvidence(Lexicon? lexicon, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        this.lexicon = lexicon;
        SourceWeights = Weights(source);
        TargetWeights = Weights(target);
    }

    /// <summary>Weight of each Korean entry id of the document.</summary>
    public double[] SourceWeights { get; }

    /// <summary>Weight of each English word id of the document.</summary>
    public double[] TargetWeights { get; }

    /// <summary>
    /// Weighted Dice overlap in [0, 1]: the weight of the entries that found one of their words, plus that of the
    /// words found, over the weight of both sides. A word serves one entry only, so "minister" cannot confirm both
    /// 장관 and 총리.
    /// </summary>
    public double Overlap(int[] entries, double entryTotal, int[] words, double wordTotal)
    {
        if (lexicon is null || entries.Length == 0 || words.Length == 0)
        {
            return 0;
        }

        Span<bool> used = words.Length <= 512 ? stackalloc bool[words.Length] : new bool[words.Length];
        double common = 0;
        foreach (var entry in entries)
        {
            foreach (var word in lexicon.WordsOf(entry))
            {
                var at = Array.BinarySearch(words, word);
                if (at >= 0 && !used[at])
                {
                    used[at] = true;
                    common += SourceWeights[entry] + TargetWeights[word];
                    break;
                }
            }
        }

        return common / (entryTotal + wordTotal);
    }

    /// <summary>Whether any of the entries has one of its English words among <paramref name="words"/>.</summary>
    public bool Shares(int[] entries, int[] words)
    {
        if (lexicon is null || words.Length == 0)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            foreach (var word in lexicon.WordsOf(entry))
            {
                if (Array.BinarySearch(words, word) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
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
