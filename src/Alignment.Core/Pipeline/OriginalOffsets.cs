using Alignment.Core.Findings;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Pipeline;

/// <summary>
/// Turns what was found in the normalized texts (<see cref="TextNormalizer"/>) back into the files' own terms:
/// offsets into the file's text, and sentences and excluded spans whose text is exactly the file's.
/// </summary>
public static class OriginalOffsets
{
    internal static DocumentReport Apply(DocumentReport report, NormalizedText source, NormalizedText target) =>
        source.IsUnchanged && target.IsUnchanged
            ? report
            : new DocumentReport(report.Document, Remap(report.Source, source), Remap(report.Target, target), report.Alignment,
                report.Findings.Select(f => Remap(f, source, target)).ToList())
            {
                Analysis = report,
                SourceNormalized = source,
                TargetNormalized = target,
            };

    /// <summary>Sentences and excluded spans of a segmented normalized text, in the file's offsets and words.</summary>
    public static SegmentedText Remap(SegmentedText text, NormalizedText normalized)
    {
        if (normalized.IsUnchanged)
        {
            return text;
        }

        var (original, map) = (normalized.Original.Text, normalized.Map);
        var sentences = text.Sentences
            .Select(s => Span(s.Start, s.End, s.Text, map, original) is var (start, end, t) ? s with { Start = start, End = end, Text = t } : s)
            .ToList();
        var excluded = text.Excluded
            .Select(x => Span(x.Start, x.End, x.Text, map, original) is var (start, end, t) ? x with { Start = start, End = end, Text = t } : x)
            .ToList();
        return new SegmentedText(normalized.Original, sentences, excluded);
    }

    /// <summary>
    /// A finding's offsets in the files' terms; where its found text is exactly the text of its target span, the
    /// file's own text of that span (a no-break space stays one).
    /// </summary>
    internal static Finding Remap(Finding finding, NormalizedText? source, NormalizedText? target)
    {
        if ((source is null || source.IsUnchanged) && (target is null || target.IsUnchanged))
        {
            return finding;
        }

        var (sourceMap, targetMap) = (source?.Map ?? OffsetMap.Identity, target?.Map ?? OffsetMap.Identity);
        var remapped = finding with
        {
            SourceStart = sourceMap.ToOriginal(finding.SourceStart),
            SourceEnd = sourceMap.ToOriginal(finding.SourceEnd),
            TargetStart = targetMap.ToOriginal(finding.TargetStart),
            TargetEnd = targetMap.ToOriginal(finding.TargetEnd),
        };
        return target is not null && finding is { TargetStart: { } start, TargetEnd: { } end } && end <= target.Analysis.Text.Length
            && target.Analysis.Text.AsSpan(start, end - start).SequenceEqual(finding.Found)
                ? remapped with { Found = target.Original.Text[remapped.TargetStart!.Value..remapped.TargetEnd!.Value] }
                : remapped;
    }

    // The analysis's own string where the file's span reads the same (most sentences), so only changed ones cost a copy.
    private static (int Start, int End, string Text) Span(int start, int end, string analysisText, OffsetMap map, string original)
    {
        var (from, to) = (map.ToOriginal(start), map.ToOriginal(end));
        return (from, to, original.AsSpan(from, to - from).SequenceEqual(analysisText) ? analysisText : original[from..to]);
    }
}
