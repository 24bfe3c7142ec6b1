namespace Alignment.Core.Checks.Accuracy;

/// <summary>How many English characters this story's translation gives a Korean one, over its pairs: translators differ in verbosity, so a short pair is judged against its own story.</summary>
internal static class StoryRatio
{
    /// <summary>The pairs of the story and their ratio, or no ratio for fewer than three pairs.</summary>
    public static (List<(int Index, Alignment.Bead Bead)> Pairs, double? Ratio) Of(DocumentContext context)
    {
        var pairs = context.Beads.Where(b => b.Bead.IsPair).ToList();
        var source = pairs.Sum(p => p.Bead.SourceIds.Sum(i => context.Source.Sentences[i].Length));
        var target = pairs.Sum(p => p.Bead.TargetIds.Sum(i => context.Target.Sentences[i].Length));
        return (pairs, pairs.Count < 3 || source == 0 ? null : (double)target / source);
    }
}
