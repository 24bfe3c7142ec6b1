using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Pipeline;

/// <summary>
/// Turns what was found in the normalized texts (<see cref="TextNormalizer"/>) back into the files' own terms:
/// offsets into the file's text, and sentences and excluded spans whose text is exactly the file's.
/// </summary>
public static class OriginalOffsets
{
    internal static DocumentReport Apply(DocumentReport report, NormalizedText source, NormalizedText target)
    {
        if (source.IsUnchanged && target.IsUnchanged)
        {
            return report;
        }

        var inFile = report with { Source = Remap(report.Source, source), Target = Remap(report.Target, target) };
        return inFile with
        {
            Findings = report.Findings.Select(f => FindingInFile.Of(f, report, inFile, source, target)).ToList(),
            Analysis = report,
            SourceNormalized = source,
            TargetNormalized = target,
        };
    }

    /// <summary>Sentences and excluded spans of a segmented normalized text, in the file's offsets and words.</summary>
    public static SegmentedText Remap(SegmentedText text, NormalizedText normalized)
    {
        if (normalized.IsUnchanged)
        {
            return text;
        }

        var (original, map) = (normalized.Original.Text, normalized.Map);
        var sentences = text.Sentences
            .Select(s => Span(s.Start, s.End, s.Text, map, original) is var (start, end, t) && (start, end, t) != (s.Start, s.End, s.Text) ? s with { Start = start, End = end, Text = t } : s)
            .ToList();
        var excluded = text.Excluded
            .Select(x => Span(x.Start, x.End, x.Text, map, original) is var (start, end, t) && (start, end, t) != (x.Start, x.End, x.Text) ? x with { Start = start, End = end, Text = t } : x)
            .ToList();
        return new SegmentedText(normalized.Original, sentences, excluded);
    }

    // The analysis's own string where the file's span reads the same (most sentences), so only changed ones cost a copy.
    private static (int Start, int End, string Text) Span(int start, int end, string analysisText, OffsetMap map, string original)
    {
        var (from, to) = map.ToOriginal(start, end);
        return (from, to, original.AsSpan(from, to - from).SequenceEqual(analysisText) ? analysisText : original[from..to]);
    }
}
