using Alignment.Eval.Beads;

namespace Alignment.Eval.Scoring;

/// <summary>
/// Link F1 for running text, where the tool's sentences need not be the gold ones. A link is a (Korean gold sentence,
/// English gold sentence) pair. Gold links: every Korean × English sentence of each gold pair bead. Predicted links:
/// every Korean × English system sentence of each predicted pair bead, each system sentence replaced by the gold
/// sentence it shares most characters with; duplicates collapse. A system sentence sharing no character with any gold
/// sentence makes links that are never correct.
/// </summary>
public static class LinkScorer
{
    public static Prf Score(IReadOnlyList<EvalBead> gold, IReadOnlyList<EvalBead> predicted, IReadOnlyList<int> koreanToGold, IReadOnlyList<int> englishToGold)
    {
        var goldLinks = Links(gold, k => k, e => e);
        var predictedLinks = Links(predicted, k => Map(koreanToGold, k), e => Map(englishToGold, e));
        return new Prf(predictedLinks.Count(goldLinks.Contains), predictedLinks.Count, goldLinks.Count);
    }

    /// <summary>
    /// Gold links a perfect aligner could still produce over the tool's sentences: both gold sentences are the
    /// majority gold sentence of some system sentence. The rest were lost to segmentation (a gold sentence swallowed
    /// by a system sentence that mostly covers its neighbour), so this bounds link recall.
    /// </summary>
    public static int Reachable(IReadOnlyList<EvalBead> gold, IReadOnlyList<int> koreanToGold, IReadOnlyList<int> englishToGold)
    {
        var korean = koreanToGold.ToHashSet();
        var english = englishToGold.ToHashSet();
        return Links(gold, k => k, e => e).Count(l => korean.Contains(l.Korean) && english.Contains(l.English));
    }

    private static HashSet<(int Korean, int English)> Links(IReadOnlyList<EvalBead> beads, Func<int, int> korean, Func<int, int> english)
    {
        var links = new HashSet<(int, int)>();
        foreach (var bead in beads.Where(b => b.IsPair))
        {
            foreach (var k in bead.Korean.Ids)
            {
                foreach (var e in bead.English.Ids)
                {
                    links.Add((korean(k), english(e)));
                }
            }
        }

        return links;
    }

    // Unmapped sentences get distinct negative ids: wrong, and not merged with one another.
    private static int Map(IReadOnlyList<int> map, int id) => map[id] >= 0 ? map[id] : -1 - id;
}
