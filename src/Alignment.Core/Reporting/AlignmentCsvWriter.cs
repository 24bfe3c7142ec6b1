using System.Globalization;
using Alignment.Core.Alignment;
using Alignment.Core.Segmentation;
using CsvHelper;

namespace Alignment.Core.Reporting;

/// <summary>The alignment CSV of the contract: one row per bead, in document order.</summary>
public static class AlignmentCsvWriter
{
    public static readonly string[] Header =
        ["bead", "source_ids", "target_ids", "source_start", "source_end", "target_start", "target_end", "score", "source_text", "target_text"];

    public static void Write(SegmentedText source, SegmentedText target, AlignmentResult alignment, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        for (var b = 0; b < alignment.Beads.Count; b++)
        {
            var bead = alignment.Beads[b];
            var (ss, se, st) = Span(source, bead.SourceIds);
            var (ts, te, tt) = Span(target, bead.TargetIds);
            csv.WriteField((b + 1).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(' ', bead.SourceIds));
            csv.WriteField(string.Join(' ', bead.TargetIds));
            csv.WriteField(ss);
            csv.WriteField(se);
            csv.WriteField(ts);
            csv.WriteField(te);
            csv.WriteField(bead.Score.ToString("0.000", CultureInfo.InvariantCulture));
            csv.WriteField(st);
            csv.WriteField(tt);
            csv.NextRecord();
        }
    }

    // A bead's span runs from its first sentence's start to its last sentence's end, so the substring is its text.
    private static (string Start, string End, string Text) Span(SegmentedText text, IReadOnlyList<int> ids)
    {
        if (ids.Count == 0)
        {
            return (string.Empty, string.Empty, string.Empty);
        }

        var start = text.Sentences[ids[0]].Start;
        var end = text.Sentences[ids[^1]].End;
        return (start.ToString(CultureInfo.InvariantCulture), end.ToString(CultureInfo.InvariantCulture), text.Text[start..end]);
    }
}
