using Alignment.Core.Alignment;
using Alignment.Core.Findings;
using Alignment.Core.Glossary;
using Alignment.Core.Languages;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Checks;

/// <summary>Everything a check may look at for one story, with the glossary searched once for all checks.</summary>
public sealed class DocumentContext
{
    private readonly int[] targetBead;
    private readonly int[] sourceBead;

    // Hits by sentence, per list of hits (the context's own lists, so compared by identity) and side.
    private readonly Dictionary<IReadOnlyList<TermHit>, TermHit[][]> sourceBuckets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IReadOnlyList<TermHit>, TermHit[][]> targetBuckets = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<IReadOnlyList<TermHit>> sourceTerms;
    private readonly Lazy<IReadOnlyList<TermHit>> targetTerms;
    private readonly Lazy<IReadOnlyList<TermHit>> forbiddenTerms;

    // A bead's texts, joined once: a long bead with many findings would otherwise be copied for each.
    private readonly Dictionary<int, (string Source, string Target)> beadTexts = [];

    public DocumentContext(string document, SegmentedText source, SegmentedText target, AlignmentResult alignment, TermGlossary glossary, ILanguageProfile sourceProfile, ILanguageProfile targetProfile)
    {
        Document = document;
        Source = source;
        Target = target;
        Alignment = alignment;
        Glossary = glossary;
        SourceProfile = sourceProfile;
        TargetProfile = targetProfile;
        targetBead = new int[target.Sentences.Count];
        sourceBead = new int[source.Sentences.Count];
        for (var b = 0; b < alignment.Beads.Count; b++)
        {
            foreach (var t in alignment.Beads[b].TargetIds)
            {
                targetBead[t] = b;
            }

            foreach (var s in alignment.Beads[b].SourceIds)
            {
                sourceBead[s] = b;
            }
        }

        // The aligner searched the same glossary over the same texts for its anchors.
        var searched = ReferenceEquals(alignment.Glossary, glossary);
        sourceTerms = new(() => searched ? alignment.SourceTerms : glossary.FindSources(source.Text));
        targetTerms = new(() => searched ? alignment.TargetTerms : glossary.FindTargets(target.Text));
        forbiddenTerms = new(() => glossary.FindForbidden(target.Text));
    }

    public string Document { get; }

    public SegmentedText Source { get; }

    public SegmentedText Target { get; }

    public AlignmentResult Alignment { get; }

    public TermGlossary Glossary { get; }

    public ILanguageProfile SourceProfile { get; }

    public ILanguageProfile TargetProfile { get; }

    /// <summary>Finds the gazetteer's entities in the source and the target; null when the run has no gazetteer.</summary>
    public (Gazetteer.IEntityFinder Source, Gazetteer.IEntityFinder Target)? Entities { get; init; }

    /// <summary>The run's Korean-English lexicon, when there is one.</summary>
    public Languages.Lexicons.Lexicon? Lexicon { get; init; }

    public IReadOnlyList<TermHit> SourceTerms => sourceTerms.Value;

    public IReadOnlyList<TermHit> TargetTerms => targetTerms.Value;

    public IReadOnlyList<TermHit> ForbiddenTerms => forbiddenTerms.Value;

    public IEnumerable<(int Index, Bead Bead)> Beads => Alignment.Beads.Select((b, i) => (i, b));

    /// <summary>The hits (in the order given) that lie wholly inside one of the bead's source sentences.</summary>
    public IEnumerable<TermHit> InSource(IReadOnlyList<TermHit> hits, Bead bead) => bead.SourceIds.SelectMany(s => Buckets(sourceBuckets, hits, Source)[s]);

    /// <summary>The hits (in the order given) that lie wholly inside one of the bead's target sentences.</summary>
    public IEnumerable<TermHit> InTarget(IReadOnlyList<TermHit> hits, Bead bead) => bead.TargetIds.SelectMany(t => Buckets(targetBuckets, hits, Target)[t]);

    /// <summary>The target sentence holding an offset, or null when the offset lies outside every sentence (a dateline).</summary>
    public Sentence? TargetSentenceAt(int offset) => SentenceSearch.Holding(Target.Sentences, offset) is var k and >= 0 ? Target.Sentences[k] : null;

    /// <summary>The bead of the sentence holding an offset, else of the next sentence, else the last bead.</summary>
    public int BeadAtTarget(int offset) =>
        SentenceSearch.FirstEndingAfter(Target.Sentences, offset) is var k and >= 0 ? targetBead[k] : Math.Max(0, Alignment.Beads.Count - 1);

    /// <summary>The bead of the source sentence holding an offset, else of the next one, else the last bead.</summary>
    public int BeadAtSource(int offset) =>
        SentenceSearch.FirstEndingAfter(Source.Sentences, offset) is var k and >= 0 ? sourceBead[k] : Math.Max(0, Alignment.Beads.Count - 1);

    private static TermHit[][] Buckets(Dictionary<IReadOnlyList<TermHit>, TermHit[][]> cache, IReadOnlyList<TermHit> hits, SegmentedText side)
    {
        lock (cache)
        {
            if (!cache.TryGetValue(hits, out var bySentence))
            {
                cache[hits] = bySentence = SentenceSearch.Bucket(hits, side.Sentences);
            }

            return bySentence;
        }
    }

    /// <summary>A finding for a bead, with the bead's source and target text filled in.</summary>
    public Finding NewFinding(int beadIndex, string check, Severity severity, string message)
    {
        var bead = Alignment.Beads.Count == 0 ? null : Alignment.Beads[beadIndex];
        return new Finding
        {
            Document = Document,
            Segment = beadIndex + 1,
            Check = check,
            Severity = severity,
            Message = message,
            SourceText = bead is null ? string.Empty : BeadTexts(beadIndex, bead).Source,
            TargetText = bead is null ? string.Empty : BeadTexts(beadIndex, bead).Target,
        };
    }

    private (string Source, string Target) BeadTexts(int index, Bead bead)
    {
        if (!beadTexts.TryGetValue(index, out var texts))
        {
            texts = beadTexts[index] = (string.Join(" ", bead.SourceIds.Select(i => Source.Sentences[i].Text)), string.Join(" ", bead.TargetIds.Select(i => Target.Sentences[i].Text)));
        }

        return texts;
    }

    /// <summary>The sentence with one span replaced: the whole corrected sentence a suggestion carries.</summary>
    public static string Replace(Sentence sentence, int start, int end, string replacement) =>
        string.Concat(sentence.Text.AsSpan(0, start - sentence.Start), replacement, sentence.Text.AsSpan(end - sentence.Start));

    /// <summary>A fix written as the word it replaces is cased: "Second" for "First" at a sentence's start.</summary>
    public static string CasedLike(string word, string like) =>
        like.Length > 0 && char.IsUpper(like[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
