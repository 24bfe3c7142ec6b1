using Alignment.Core.Findings;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Pipeline;

/// <summary>
/// A finding made in the normalized texts, told in the files' terms: its offsets into the files, and its texts as
/// the files write them wherever they are the files' text (the found span, the bead's sentences, and the parts of
/// the suggestion around its fix), so that a reviewer's accepted suggestion fits the file it is applied to. The fix
/// itself stays as the checks wrote it.
/// </summary>
internal static class FindingInFile
{
    public static Finding Of(Finding finding, DocumentReport analysis, DocumentReport inFile, NormalizedText? source, NormalizedText? target)
    {
        if ((source is null || source.IsUnchanged) && (target is null || target.IsUnchanged))
        {
            return finding;
        }

        var (sourceMap, targetMap) = (source?.Map ?? OffsetMap.Identity, target?.Map ?? OffsetMap.Identity);
        var bead = finding.Segment >= 1 && finding.Segment <= analysis.Alignment.Beads.Count ? analysis.Alignment.Beads[finding.Segment - 1] : null;
        var (sourceSpan, targetSpan) = (Span(sourceMap, finding.SourceStart, finding.SourceEnd), Span(targetMap, finding.TargetStart, finding.TargetEnd));
        var remapped = finding with
        {
            SourceStart = sourceSpan?.Start ?? sourceMap.ToOriginal(finding.SourceStart),
            SourceEnd = sourceSpan?.End ?? sourceMap.ToOriginal(finding.SourceEnd),
            TargetStart = targetSpan?.Start ?? targetMap.ToOriginal(finding.TargetStart),
            TargetEnd = targetSpan?.End ?? targetMap.ToOriginal(finding.TargetEnd),
            SourceText = bead is null ? finding.SourceText : Joined(finding.SourceText, bead.SourceIds, analysis.Source, inFile.Source),
            TargetText = bead is null ? finding.TargetText : Joined(finding.TargetText, bead.TargetIds, analysis.Target, inFile.Target),
        };
        if (target is null || target.IsUnchanged || finding is not { TargetStart: { } start, TargetEnd: { } end } || end > target.Analysis.Text.Length)
        {
            return remapped;
        }

        var (text, original) = (target.Analysis.Text, target.Original.Text);
        var found = text.AsSpan(start, end - start).SequenceEqual(finding.Found) ? original[targetSpan!.Value.Start..targetSpan.Value.End] : finding.Found;
        var sentence = bead?.TargetIds.Select(i => analysis.Target.Sentences[i]).FirstOrDefault(x => x.Start <= start && end <= x.End);
        return remapped with { Found = found, Suggestion = Suggestion(finding.Suggestion, start, end, sentence, text, original, targetMap) };
    }

    private static (int Start, int End)? Span(OffsetMap map, int? start, int? end) =>
        start is { } s && end is { } e ? map.ToOriginal(s, e) : null;

    // The bead's sentences as the file writes them, when the finding carries them whole (not clipped).
    private static string Joined(string carried, IReadOnlyList<int> ids, SegmentedText analysis, SegmentedText inFile) =>
        ids.Count > 0 && carried == string.Join(" ", ids.Select(i => analysis.Sentences[i].Text))
            ? string.Join(" ", ids.Select(i => inFile.Sentences[i].Text))
            : carried;

    // A suggestion is the sentence with the span replaced: the text it shares with the sentence on either side of
    // the span is taken from the file, so a no-break space or a character reference there stays as it was.
    private static string Suggestion(string suggestion, int start, int end, Sentence? sentence, string text, string original, OffsetMap map)
    {
        if (sentence is null || suggestion.Length == 0 || start < sentence.Start || end > sentence.End)
        {
            return suggestion;
        }

        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        var after = text.AsSpan(end, sentence.End - end);
        if (before.Length + after.Length > suggestion.Length || !suggestion.AsSpan().StartsWith(before) || !suggestion.AsSpan().EndsWith(after))
        {
            return suggestion;
        }

        var (whole, span) = (map.ToOriginal(sentence.Start, sentence.End), map.ToOriginal(start, end));
        return string.Concat(
            original.AsSpan(whole.Start, span.Start - whole.Start),
            suggestion.AsSpan(before.Length, suggestion.Length - before.Length - after.Length),
            original.AsSpan(span.End, whole.End - span.End));
    }
}
