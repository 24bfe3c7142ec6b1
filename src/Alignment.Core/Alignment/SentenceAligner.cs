using Alignment.Core.Glossary;
using Alignment.Core.Languages;
using Alignment.Core.Languages.Lexicons;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Alignment;

/// <summary>
/// Pairs source and target sentences into beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) by length and lexical
/// anchors. Immutable and thread-safe: one aligner serves a whole run.
/// </summary>
public sealed class SentenceAligner
{
    // How close to the narrow band's edge the first path may come before the whole band is searched.
    private const int EdgeMargin = 5;

    private readonly AlignerOptions options;
    private readonly TermGlossary glossary;
    private readonly ILanguageProfile sourceProfile;
    private readonly ILanguageProfile targetProfile;
    private readonly Lexicon? lexicon;

    public SentenceAligner(ILanguageProfile sourceProfile, ILanguageProfile targetProfile, TermGlossary glossary, AlignerOptions? options = null, Lexicon? lexicon = null)
    {
        this.lexicon = lexicon ?? (sourceProfile.LexiconEntries.Count == 0 ? null : new Lexicon(sourceProfile.LexiconEntries, sourceProfile.IsSuffix));
        this.sourceProfile = sourceProfile;
        this.targetProfile = targetProfile;
        this.glossary = glossary;
        this.options = options ?? AlignerOptions.Default;
    }

    public AlignmentResult Align(SegmentedText source, SegmentedText target)
    {
        var table = new AnchorTable();
        var (sourceTerms, targetTerms) = (glossary.FindSources(source.Text), glossary.FindTargets(target.Text));
        var targetNames = NameAnchors.TargetKeys(target, targetProfile, lexicon);
        var sourceFeatures = FeatureExtractor.Extract(source, sourceProfile, lexicon, sourceTerms, table, targetNames);
        var targetFeatures = FeatureExtractor.Extract(target, targetProfile, lexicon, targetTerms, table, targetNames: null);
        sourceFeatures = Prune(sourceFeatures, targetFeatures);
        var (n, m) = (sourceFeatures.Length, targetFeatures.Length);
        var cost = new BeadCost(sourceFeatures, targetFeatures, options, new LengthModel(options.LengthRatio, options.LengthVariance), lexicon);

        // Coarse to fine: a one-to-one search over the diagonal band finds the corridor, this document's own length
        // model (translators differ in verbosity) and whether the translation kept the paragraphs; the search with
        // every bead shape then runs inside the corridor, by posterior decoding unless the temperature is 0.
        var path = CoarsePath(n, m, cost);
        // The first path also tells which weekday the days near each pair fall on (27일 is "Sunday" this week).
        if (WeekdayLinks.Add(path, sourceFeatures, targetFeatures, options.WeekdayWindow) is var linked && !ReferenceEquals(linked, targetFeatures))
        {
            targetFeatures = linked;
            cost = cost.WithTargetAnchors(targetFeatures);
        }

        cost = cost.With(LengthEstimator.TryEstimate(path, sourceFeatures, targetFeatures, cost, out var model) ? model : cost.Model, cost.KeepsParagraphs(path));

        var corridor = (long)(n + 1) * (m + 1) <= options.FullSearchCells ? BeadSearch.Band(n, m, options) : BeadSearch.Corridor(n, m, path, options.CorridorWidth);
        path = PairAdjacentSkips(
            options.PosteriorTemperature > 0
                ? PosteriorSearch.Run(n, m, cost, corridor, BeadShape.All.Length, options.PosteriorTemperature)
                : BeadSearch.Run(n, m, cost, corridor, BeadShape.All.Length),
            cost);
        var beads = path.Select(p => new Bead(
            Range(p.I0, p.I1),
            Range(p.J0, p.J1),
            Math.Round(cost.Score(p.I0, p.I1, p.J0, p.J1), 3))).ToList();
        var withEvidence = path.Count(p => p.I1 > p.I0 && p.J1 > p.J0 && cost.Corresponds(p.I0, p.I1, p.J0, p.J1));
        return new AlignmentResult(beads, Warnings(beads, withEvidence, source, target)) { Glossary = glossary, SourceTerms = sourceTerms, TargetTerms = targetTerms };
    }

    // A narrow band first, then the whole band only when the path comes near the narrow band's edge, where a wider
    // band might have let it go further: a translation rarely drifts far from the diagonal, and the narrow band
    // costs a third of the whole one.
    private List<(int I0, int I1, int J0, int J1)> CoarsePath(int n, int m, BeadCost cost)
    {
        var narrow = options with { BandHalfWidth = Math.Min(options.BandHalfWidth, options.NarrowBandHalfWidth) };
        var band = BeadSearch.Band(n, m, narrow);
        var path = BeadSearch.Run(n, m, cost, band, BeadShape.Simple);
        var inside = path.All(p => (band[p.I1].Lo == 0 || p.J1 - band[p.I1].Lo >= EdgeMargin) && (band[p.I1].Hi == m || band[p.I1].Hi - p.J1 >= EdgeMargin));
        return inside || narrow.BandHalfWidth == options.BandHalfWidth ? path : BeadSearch.Run(n, m, cost, BeadSearch.Band(n, m, options), BeadShape.Simple);
    }

    // Unrelated texts still pair by length alone; what they lack is shared words, numbers and names.
    private static List<string> Warnings(List<Bead> beads, int withEvidence, SegmentedText source, SegmentedText target)
    {
        var warnings = new List<string>();
        var total = source.Sentences.Count + target.Sentences.Count;
        var unpaired = beads.Where(b => !b.IsPair).Sum(b => b.SourceIds.Count + b.TargetIds.Count);
        var paired = beads.Where(b => b.IsPair).ToList();
        var meanPaired = paired.Count == 0 ? 0 : paired.Average(b => b.Score);
        if (total > 0 && (unpaired * 2 > total || meanPaired < 0.3 || (paired.Count >= 4 && withEvidence * 2 < paired.Count)))
        {
            warnings.Add($"the texts may not correspond: {unpaired} of {total} sentences unpaired, {withEvidence} of {paired.Count} pairs share a number, a name or a fair part of their words, mean pair score {meanPaired:0.00}");
        }

        return warnings;
    }

    // An omission right beside an addition, one sentence each, that share a word, a number or a name are a loose
    // translation the length model found too long or too short, not a drop and an insertion.
    private static List<(int I0, int I1, int J0, int J1)> PairAdjacentSkips(List<(int I0, int I1, int J0, int J1)> path, BeadCost cost)
    {
        var result = new List<(int I0, int I1, int J0, int J1)>(path.Count);
        for (var k = 0; k < path.Count; k++)
        {
            if (k + 1 < path.Count && IsSingleSkip(path[k]) && IsSingleSkip(path[k + 1]) && (path[k].I1 > path[k].I0) != (path[k + 1].I1 > path[k + 1].I0))
            {
                var (a, b) = (path[k], path[k + 1]);
                var pair = (Math.Min(a.I0, b.I0), Math.Max(a.I1, b.I1), Math.Min(a.J0, b.J0), Math.Max(a.J1, b.J1));
                if (cost.HasEvidence(pair.Item1, pair.Item2, pair.Item3, pair.Item4))
                {
                    result.Add(pair);
                    k++;
                    continue;
                }
            }

            result.Add(path[k]);
        }

        return result;
    }

    private static bool IsSingleSkip((int I0, int I1, int J0, int J1) bead) =>
        (bead.I1 - bead.I0) + (bead.J1 - bead.J0) == 1;

    // A weak source anchor that no target sentence carries (most romanization keys of names) can never match and
    // costs nothing when it does not: dropping it keeps every bead evaluation short.
    private static SentenceFeatures[] Prune(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var present = target.SelectMany(t => t.Anchors).ToHashSet();
        return source.Select(f => f with
        {
            Anchors = f.Anchors.Where(a => present.Contains(a) || Array.BinarySearch(f.StrongAnchors, a) >= 0).ToArray(),
        }).ToArray();
    }

    private static int[] Range(int from, int to) => Enumerable.Range(from, to - from).ToArray();
}
