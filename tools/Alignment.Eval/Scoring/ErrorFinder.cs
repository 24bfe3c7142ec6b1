using Alignment.Eval.Beads;

namespace Alignment.Eval.Scoring;

/// <summary>
/// Walks the gold and predicted bead paths together and cuts them at every (Korean, English) point both pass through;
/// a stretch whose beads differ (as sets: the order of adjacent 1-0 and 0-1 beads is no error) is an error region.
/// </summary>
public static class ErrorFinder
{
    public static IReadOnlyList<ErrorRegion> Find(int document, IReadOnlyList<EvalBead> gold, IReadOnlyList<EvalBead> predicted)
    {
        var regions = new List<ErrorRegion>();
        var goldRun = new List<EvalBead>();
        var predictedRun = new List<EvalBead>();
        (int K, int E) g = (0, 0), p = (0, 0);
        int gi = 0, pi = 0;
        while (gi < gold.Count || pi < predicted.Count)
        {
            var advanceGold = pi >= predicted.Count || (gi < gold.Count && g.K + g.E <= p.K + p.E);
            var advancePredicted = gi >= gold.Count || (pi < predicted.Count && p.K + p.E <= g.K + g.E);
            if (advanceGold)
            {
                goldRun.Add(gold[gi]);
                g = Step(g, gold[gi++]);
            }

            if (advancePredicted)
            {
                predictedRun.Add(predicted[pi]);
                p = Step(p, predicted[pi++]);
            }

            if (g == p)
            {
                Close(document, goldRun, predictedRun, regions);
            }
        }

        Close(document, goldRun, predictedRun, regions);
        return regions;
    }

    private static (int, int) Step((int K, int E) at, EvalBead bead) => (at.K + bead.Korean.Count, at.E + bead.English.Count);

    private static void Close(int document, List<EvalBead> goldRun, List<EvalBead> predictedRun, List<ErrorRegion> regions)
    {
        if (!goldRun.ToHashSet().SetEquals(predictedRun))
        {
            regions.Add(new ErrorRegion(document, goldRun.ToList(), predictedRun.ToList()));
        }

        goldRun.Clear();
        predictedRun.Clear();
    }
}
