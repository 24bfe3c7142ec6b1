using System.Globalization;
using Alignment.Core.Reporting;
using Alignment.Core.Text;

namespace Alignment.Core.Review;

/// <summary>
/// Reads a reviewed report CSV and works out the edits: each accepted row whose span still holds its <c>found</c>
/// text has its span replaced (see <see cref="SpanReplacement"/>); rejected rows become suppressions; rows still
/// open and rows marked fixed (done by hand) are left alone. Any row that cannot be applied stops the whole review.
/// </summary>
public static class ReviewPlanner
{
    private static readonly string[] Required = ["id", "document", "check", "target_start", "target_end", "found", "suggestion", "status"];

    public static ReviewPlan Plan(string reportPath, bool inPlace)
    {
        var rows = ReportCsvReader.Read(reportPath, Required);
        var rejected = new List<Suppression>();
        var notes = new List<string>();
        var accepted = new List<ReportRow>();
        foreach (var row in rows)
        {
            switch (Status(reportPath, row))
            {
                case ReviewStatus.Rejected:
                    rejected.Add(new Suppression(row["id"].Trim(), row["document"], row["check"], row["found"], row["comment"]));
                    break;
                case ReviewStatus.Accepted when row["suggestion"].Length == 0:
                    notes.Add($"{reportPath}:{row.Line}: accepted {row["check"]} '{row["found"]}' has no suggestion to apply; fix it by hand");
                    break;
                case ReviewStatus.Accepted:
                    accepted.Add(row);
                    break;
            }
        }

        var edits = accepted.GroupBy(r => r["document"], StringComparer.Ordinal)
            .Select(g => Edit(reportPath, g.Key, g.ToList(), inPlace))
            .ToList();
        return new ReviewPlan(edits, rejected, notes);
    }

    private static DocumentEdit Edit(string reportPath, string document, List<ReportRow> rows, bool inPlace)
    {
        var targetPath = ReviewTarget.Find(document, reportPath)
            ?? throw new InputException(reportPath, $"document '{document}' not found (looked in the current folder and beside the report)", rows[0].Line);
        var file = EncodedText.Load(targetPath);
        var text = file.Text.Text;
        var spans = new List<(int Start, int End, string Replacement, int Line)>();
        foreach (var row in rows)
        {
            var (start, end) = Span(reportPath, row, text, targetPath);
            var replacement = SpanReplacement.Derive(text, start, end, row["suggestion"], row["target_text"])
                ?? throw new InputException(reportPath, $"the suggestion does not fit the text around '{row["found"]}' in {targetPath}", row.Line);
            var overlap = spans.FirstOrDefault(s => s.Start < end && start < s.End && !(s.Start == start && s.End == end && s.Replacement == replacement));
            if (overlap.Line != 0)
            {
                throw new InputException(reportPath, $"accepted span {start}-{end} overlaps the one accepted on line {overlap.Line}; accept one of them", row.Line);
            }

            if (!spans.Any(s => s.Start == start && s.End == end))
            {
                spans.Add((start, end, replacement, row.Line));
            }
        }

        // From the end backwards, so earlier offsets stay valid while later spans are replaced.
        var after = text;
        foreach (var span in spans.OrderByDescending(s => s.Start))
        {
            after = string.Concat(after.AsSpan(0, span.Start), span.Replacement, after.AsSpan(span.End));
        }

        var output = inPlace ? targetPath : ReviewTarget.ReviewedPath(targetPath);
        return new DocumentEdit(document, targetPath, output, text, after, file.Encode(after), rows.Select(r => r.Line).ToList());
    }

    private static (int Start, int End) Span(string reportPath, ReportRow row, string text, string targetPath)
    {
        if (!int.TryParse(row["target_start"], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(row["target_end"], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start > end)
        {
            throw new InputException(reportPath, $"accepted {row["check"]} has no target span (target_start, target_end) to apply", row.Line);
        }

        if (end > text.Length || !string.Equals(text[start..end], row["found"], StringComparison.Ordinal))
        {
            throw new InputException(reportPath, $"the target changed since the report: {targetPath} no longer has '{row["found"]}' at {start}-{end}", row.Line);
        }

        return (start, end);
    }

    private static ReviewStatus Status(string reportPath, ReportRow row) => row["status"].Trim().ToLowerInvariant() switch
    {
        "" => ReviewStatus.Open,
        "accepted" or "accept" => ReviewStatus.Accepted,
        "rejected" or "reject" => ReviewStatus.Rejected,
        "fixed" => ReviewStatus.Fixed,
        var other => throw new InputException(reportPath, $"unknown status '{other}' (accepted, rejected, fixed, or empty)", row.Line),
    };
}
