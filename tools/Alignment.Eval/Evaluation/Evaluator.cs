using Alignment.Core.Alignment;
using Alignment.Core.Languages;
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
            var source = segmenter.SegmentLines(SourceText.FromString(string.Join('\n', document.Korean)));
            var target = segmenter.SegmentLines(SourceText.FromString(string.Join('\n', document.English)));
            var predicted = EvalBead.From(segmentedTime.Time(() => align(source, target)));
            strict += BeadScorer.Strict(document.Gold, predicted);
            unpaired += BeadScorer.Unpaired(document.Gold, predicted);
            errors.AddRange(ErrorFinder.Find(document.Index, document.Gold, predicted));
            korean += document.Korean.Count;
            english += document.English.Count;

            var running = writer.Write(document);
            var koreanText = segmenter.Segment(SourceText.FromString(running.Korean), koreanProfile);
            var englishText = segmenter.Segment(SourceText.FromString(running.English), englishProfile);
            var runningPredicted = EvalBead.From(runningTime.Time(() => align(koreanText, englishText)));
            var koreanToGold = SpanMapper.Map(running.KoreanSpans, Spans(koreanText));
            var englishToGold = SpanMapper.Map(running.EnglishSpans, Spans(englishText));
            links += LinkScorer.Score(document.Gold, runningPredicted, koreanToGold, englishToGold);
            reachable += LinkScorer.Reachable(document.Gold, koreanToGold, englishToGold);
            koreanSystem += koreanText.Sentences.Count;
            englishSystem += englishText.Sentences.Count;
        }

        return new EvalResult(documents.Count, korean, english, koreanSystem, englishSystem, strict, unpaired, links, reachable, segmentedTime.Wall, segmentedTime.Cpu, runningTime.Wall, runningTime.Cpu, errors);
    }

    private static List<TextSpan> Spans(SegmentedText text) => text.Sentences.Select(s => new TextSpan(s.Start, s.End)).ToList();
}
