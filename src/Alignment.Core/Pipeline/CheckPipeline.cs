using Alignment.Core.Alignment;
using Alignment.Core.Checks;
using Alignment.Core.Findings;
using Alignment.Core.Gazetteer;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.Lexicons;
using Alignment.Core.Languages;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Pipeline;

/// <summary>
/// load → clean and segment → align → checks. Built once from <see cref="PipelineOptions"/> (glossaries read and
/// compiled, checks chosen) and then run over any number of stories, from any number of threads.
/// </summary>
public sealed class CheckPipeline
{
    private readonly SentenceSegmenter segmenter = new();
    private readonly IReadOnlyList<ICheck> checks;
    // Built on the first check: aligning alone (the align command) never needs them.
    private readonly Lazy<(IEntityFinder Source, IEntityFinder Target)?> entities;

    private readonly Lexicon lexicon;

    private CheckPipeline(ILanguageProfile source, ILanguageProfile target, TermGlossary glossary, IReadOnlyList<GazetteerEntry> gazetteer, Lexicon lexicon, SentenceAligner aligner, IReadOnlyList<ICheck> checks)
    {
        this.lexicon = lexicon;
        Gazetteer = gazetteer;
        entities = new(() => gazetteer.Count == 0 ? null : (source.CreateEntityFinder(gazetteer), target.CreateEntityFinder(gazetteer)));
        SourceProfile = source;
        TargetProfile = target;
        Glossary = glossary;
        Aligner = aligner;
        this.checks = checks;
    }

    public ILanguageProfile SourceProfile { get; }

    public ILanguageProfile TargetProfile { get; }

    public TermGlossary Glossary { get; }

    public SentenceAligner Aligner { get; }

    public IReadOnlyList<GazetteerEntry> Gazetteer { get; }

    public static CheckPipeline Create(PipelineOptions options)
    {
        var source = LanguageProfiles.Get(options.SourceLanguage);
        var target = LanguageProfiles.Get(options.TargetLanguage);
        var entries = options.GlossaryFiles.SelectMany(GlossaryLoader.Load).ToList();
        var glossary = new TermGlossary(entries, source, target);
        var unknown = options.SkipChecks.Where(id => !CheckRegistry.IsKnown(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown check id '{unknown[0]}' (known: {string.Join(", ", CheckRegistry.Rules.Select(c => c.Id))})");
        }

        var checks = CheckRegistry.All.Where(c => !options.SkipChecks.Contains(c.Id)).ToList();
        var gazetteer = options.GazetteerFile is null ? [] : GazetteerLoader.Load(options.GazetteerFile);
        var lexicon = new Lexicon(source.LexiconEntries, source.IsSuffix, GazetteerLexicon.Entries(gazetteer));
        return new CheckPipeline(source, target, glossary, gazetteer, lexicon, new SentenceAligner(source, target, glossary, options.Aligner, lexicon), checks);
    }

    public DocumentReport Check(StoryInput story)
    {
        var (source, target) = Load(story.SourcePath, story.TargetPath);
        return Check(story.Document, source, target);
    }

    /// <summary>Checks one story; every offset of the report is into the texts as given.</summary>
    public DocumentReport Check(string document, SourceText sourceText, SourceText targetText)
    {
        var (normalizedSource, normalizedTarget) = (TextNormalizer.Normalize(sourceText), TextNormalizer.Normalize(targetText));
        var source = segmenter.Segment(normalizedSource.Analysis, SourceProfile);
        var target = segmenter.Segment(normalizedTarget.Analysis, TargetProfile);
        var alignment = Aligner.Align(source, target);
        var context = new DocumentContext(document, source, target, alignment, Glossary, SourceProfile, TargetProfile) { Entities = entities.Value, Lexicon = lexicon };
        var findings = FindingDeduplicator.Deduplicate(checks.SelectMany(c => c.Run(context)).ToList())
            .OrderBy(f => f.Segment)
            .ThenBy(f => f.TargetStart ?? int.MaxValue)
            .ThenBy(f => f.SourceStart ?? int.MaxValue)
            .ThenBy(f => f.Check, StringComparer.Ordinal)
            .ToList();

        // Ids hash the files' own texts, so a file that needed normalizing keeps the ids it had before it did.
        var inFile = OriginalOffsets.Apply(new DocumentReport(document, source, target, alignment, findings), normalizedSource, normalizedTarget);
        return inFile with { Findings = FindingId.WithIds(inFile.Findings).Select(f => Clip(f, inFile.Source, inFile.Target, alignment)).ToList() };
    }

    // After the ids, which hash the whole text, so a clipped finding keeps the id it would have had.
    private static Finding Clip(Finding f, SegmentedText source, SegmentedText target, AlignmentResult alignment) =>
        f.Segment >= 1 && f.Segment <= alignment.Beads.Count
            ? LongText.Clip(f, source, target, alignment.Beads[f.Segment - 1].SourceIds, alignment.Beads[f.Segment - 1].TargetIds)
            : f;

    /// <summary>
    /// Checks that need every story of the run: a term rendered one way in one story and another, unlisted way in
    /// a later one. Runs after the stories, in input order, so parallel runs report the same.
    /// </summary>
    public IReadOnlyList<DocumentReport> CheckAcrossStories(IReadOnlyList<DocumentReport> documents)
    {
        var consistency = checks.OfType<Checks.Terminology.ConsistencyCheck>().FirstOrDefault();
        if (consistency is null || documents.Count < 2)
        {
            return documents;
        }

        var run = new Dictionary<int, (string Text, string Document)>();
        return documents.Select(d =>
        {
            var a = d.Analysis ?? d;
            var context = new DocumentContext(a.Document, a.Source, a.Target, a.Alignment, Glossary, SourceProfile, TargetProfile) { Entities = entities.Value, Lexicon = lexicon };
            var extra = consistency.AcrossStories(context, run)
                .Select(f => Clip(FindingInFile.Of(f, a, d, d.SourceNormalized, d.TargetNormalized).WithId(), d.Source, d.Target, d.Alignment))
                .ToList();
            return extra.Count == 0 ? d : d with { Findings = d.Findings.Concat(extra).OrderBy(f => f.Segment).ThenBy(f => f.TargetStart ?? int.MaxValue).ToList() };
        }).ToList();
    }

    /// <summary>Aligns without checking; with <paramref name="segmented"/> each line is one sentence.</summary>
    public (SegmentedText Source, SegmentedText Target, AlignmentResult Alignment) Align(string sourcePath, string targetPath, bool segmented)
    {
        var (sourceText, targetText) = Load(sourcePath, targetPath);
        // One sentence a line: the lines are the sentences' numbers, so normalizing adds none.
        var (normalizedSource, normalizedTarget) = (TextNormalizer.Normalize(sourceText, segmented), TextNormalizer.Normalize(targetText, segmented));
        var source = segmented ? segmenter.SegmentLines(normalizedSource.Analysis) : segmenter.Segment(normalizedSource.Analysis, SourceProfile);
        var target = segmented ? segmenter.SegmentLines(normalizedTarget.Analysis) : segmenter.Segment(normalizedTarget.Analysis, TargetProfile);
        var alignment = Aligner.Align(source, target);
        return (OriginalOffsets.Remap(source, normalizedSource), OriginalOffsets.Remap(target, normalizedTarget), alignment);
    }

    private (SourceText Source, SourceText Target) Load(string sourcePath, string targetPath)
    {
        var source = TextLoader.Load(sourcePath);
        var target = TextLoader.Load(targetPath);
        LanguageGuard.Verify(source, target, SourceProfile, TargetProfile);
        return (source, target);
    }
}
