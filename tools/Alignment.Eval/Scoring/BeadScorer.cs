using Alignment.Eval.Beads;

namespace Alignment.Eval.Scoring;

/// <summary>Scores predicted beads of one document against its gold beads, both over the same sentence indices.</summary>
public static class BeadScorer
{
    /// <summary>Beads with both sides non-empty; a predicted one is correct only if a gold bead equals it exactly.</summary>
    public static Prf Strict(IReadOnlyList<EvalBead> gold, IReadOnlyList<EvalBead> predicted)
    {
        var goldPairs = gold.Where(b => b.IsPair).ToHashSet();
        var predictedPairs = predicted.Where(b => b.IsPair).Distinct().ToList();
        return new Prf(predictedPairs.Count(goldPairs.Contains), predictedPairs.Count, goldPairs.Count);
    }

    /// <summary>Sentences left unpaired (in a bead whose other side is empty), Korean and English pooled.</summary>
    public static Prf Unpaired(IReadOnlyList<EvalBead> gold, IReadOnlyList<EvalBead> predicted)
    {
        var goldSet = UnpairedSentences(gold);
        var predictedSet = UnpairedSentences(predicted);
        return new Prf(predictedSet.Count(goldSet.Contains), predictedSet.Count, goldSet.Count);
    }

    private static HashSet<(bool Korean, int Id)> UnpairedSentences(IReadOnlyList<EvalBead> beads)
    {
        var set = new HashSet<(bool, int)>();
        foreach (var bead in beads.Where(b => !b.IsPair))
        {
            set.UnionWith(bead.Korean.Ids.Select(id => (true, id)));
            set.UnionWith(bead.English.Ids.Select(id => (false, id)));
        }

        return set;
    }
}
