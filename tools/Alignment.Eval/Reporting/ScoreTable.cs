using System.Globalization;
using Alignment.Eval.Evaluation;
using Alignment.Eval.Scoring;

namespace Alignment.Eval.Reporting;

/// <summary>The small fixed-width table of one run: counts, P/R/F1 per measure, and aligner time.</summary>
public static class ScoreTable
{
    public static void Write(EvalResult result, TextWriter output)
    {
        output.WriteLine(Invariant($"documents: {result.Documents}; sentences one a line: ko {result.KoreanSentences}, en {result.EnglishSentences}; running text as segmented by the tool: ko {result.KoreanSystemSentences}, en {result.EnglishSystemSentences}"));
        output.WriteLine();
        output.WriteLine(Invariant($"{"measure",-20} {"correct",8} {"predicted",10} {"gold",8} {"precision",10} {"recall",8} {"F1",8}"));
        Row(output, "strict beads", result.Strict);
        Row(output, "unpaired sentences", result.Unpaired);
        Row(output, "running-text links", result.Links);
        output.WriteLine(Invariant($"running-text links reachable through the tool's segmentation: {result.ReachableLinks} of {result.Links.Gold} (recall ceiling {Number(result.Links.Gold == 0 ? double.NaN : (double)result.ReachableLinks / result.Links.Gold)})"));
        output.WriteLine();
        var pairs = Math.Max(result.KoreanSentences, result.EnglishSentences);
        output.WriteLine(Invariant($"align time: one-a-line {Ms(result.SegmentedAlignTime)} wall, {Ms(result.SegmentedAlignCpu)} CPU ({pairs / Math.Max(result.SegmentedAlignCpu.TotalSeconds, 1e-9):N0} sentence pairs per CPU second); running text {Ms(result.RunningTextAlignTime)} wall, {Ms(result.RunningTextAlignCpu)} CPU"));
    }

    private static void Row(TextWriter output, string name, Prf prf) =>
        output.WriteLine(Invariant($"{name,-20} {prf.Correct,8} {prf.Predicted,10} {prf.Gold,8} {Number(prf.Precision),10} {Number(prf.Recall),8} {Number(prf.F1),8}"));

    private static string Number(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:N0} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
