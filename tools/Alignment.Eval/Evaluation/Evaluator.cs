using Alignment.Core.Alignment;
using Alignment.Core.Languages;
using Alignment.Core.Pipeline;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;
using Alignment.Eval.Beads;
using Alignment.Eval.Perturbation;
using Alignment.Eval.RunningText;
using Alignment.Eval.Scoring;

namespace Alignment.Eval.Evaluation;

/// <summary>
/// Aligns every perturbed document twice, once one sentence a line (the <c>--segmented</c> mode) and once as running
/// text the tool segments itself, and pools the scores. Only the calls to <paramref name="align"/> are timed.
/// </summary>
public sealed class Evaluator(
    Func<SegmentedText, SegmentedText, AlignmentResult> align,
    RunningTextWriter writer,
    ILanguageProfile koreanProfile,
    ILanguageProfile englishProfile)
{
    private readonly SentenceSegmenter segmenter = new();

    public EvalResult Evaluate(IReadOnlyList<PerturbedDocument> documents)
    {
        Prf strict = Prf.Zero, unpaired = Prf.Zero, links = Prf.Zero;
        int korean = 0, english = 0, koreanSystem = 0, englishSystem = 0, reachable = 0;
        using var segmentedTime = new AlignClock();
        using var runningTime = new AlignClock();
        var errors = new List<ErrorRegion>();
        foreach (var document in documents)
        {
            // As the pipeline reads files: normalized (composed Hangul, no zero-width characters), offsets mapped back.
            var source = segmenter.SegmentLines(Normalized(string.Join('\n', document.Korean), keepLines: true).Analysis);
            var target = segmenter.SegmentLines(Normalized(string.Join('\n', document.English), keepLines: true).Analysis);
            var predicted = EvalBead.From(segmentedTime.Time(() => align(source, target)));
            strict += BeadScorer.Strict(document.Gold, predicted);
            unpaired += BeadScorer.Unpaired(document.Gold, predicted);
            errors.AddRange(ErrorFinder.Find(document.Index, document.Gold, predicted));
            korean += document.Korean.Count;
            english += document.English.Count;

            var running = writer.Write(document);
            var (koreanRunning, englishRunning) = (Normalized(running.Korean), Normalized(running.English));
            var koreanAnalysis = segmenter.Segment(koreanRunning.Analysis, koreanProfile);
            var englishAnalysis = segmenter.Segment(englishRunning.Analysis, englishProfile);
            var runningPredicted = EvalBead.From(runningTime.Time(() => align(koreanAnalysis, englishAnalysis)));
            var (koreanText, englishText) = (OriginalOffsets.Remap(koreanAnalysis, koreanRunning), OriginalOffsets.Remap(englishAnalysis, englishRunning));
            var koreanToGold = SpanMapper.Map(running.KoreanSpans, Spans(koreanText));
            var englishToGold = SpanMapper.Map(running.EnglishSpans, Spans(englishText));
            links += LinkScorer.Score(document.Gold, runningPredicted, koreanToGold, englishToGold);
            reachable += LinkScorer.Reachable(document.Gold, koreanToGold, englishToGold);
            koreanSystem += koreanText.Sentences.Count;
            englishSystem += englishText.Sentences.Count;
        }

        return new EvalResult(documents.Count, korean, english, koreanSystem, englishSystem, strict, unpaired, links, reachable, segmentedTime.Wall, segmentedTime.Cpu, runningTime.Wall, runningTime.Cpu, errors);
    }

    private static NormalizedText Normalized(string text, bool keepLines = false) => TextNormalizer.Normalize(SourceText.FromString(text), keepLines);

    private static List<TextSpan> Spans(SegmentedText text) => text.Sentences.Select(s => new TextSpan(s.Start, s.End)).ToList();
}
