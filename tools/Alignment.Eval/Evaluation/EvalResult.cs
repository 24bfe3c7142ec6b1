using Alignment.Eval.Scoring;

namespace Alignment.Eval.Evaluation;

/// <summary>Pooled scores of one evaluation run and the time spent inside the aligner.</summary>
public sealed record EvalResult(
    int Documents,
    int KoreanSentences,
    int EnglishSentences,
    int KoreanSystemSentences,
    int EnglishSystemSentences,
    Prf Strict,
    Prf Unpaired,
    Prf Links,
    int ReachableLinks,
    TimeSpan SegmentedAlignTime,
    TimeSpan SegmentedAlignCpu,
    TimeSpan RunningTextAlignTime,
    TimeSpan RunningTextAlignCpu,
    IReadOnlyList<ErrorRegion> Errors);
