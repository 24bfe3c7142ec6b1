using System.Globalization;
using Alignment.Core.Findings;
using Alignment.Core.Scoring;
using CsvHelper;

namespace Alignment.Core.Reporting;

/// <summary>
/// The report CSV of the contract: exact header and column order, one row per finding. After the contract's columns
/// (the contract allows more) comes <c>points</c>, the finding's MQM penalty points, so a spreadsheet can sum a score.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    public static readonly string[] Header =
    [
        "id", "document", "segment", "check", "severity", "source_start", "source_end", "target_start", "target_end",
        "source_text", "target_text", "found", "expected", "suggestion", "message", "status", "comment", "points",
    ];

    public string Format => "csv";

    public string FileExtension => ".csv";

    public void Write(RunReport report, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var f in report.Findings)
        {
            WriteRow(csv, f);
        }
    }

    private static void WriteRow(CsvWriter csv, Finding f)
    {
        csv.WriteField(f.Id);
        csv.WriteField(f.Document);
        csv.WriteField(f.Segment.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(f.Check);
        csv.WriteField(f.Severity.ToName());
        csv.WriteField(Offset(f.SourceStart));
        csv.WriteField(Offset(f.SourceEnd));
        csv.WriteField(Offset(f.TargetStart));
        csv.WriteField(Offset(f.TargetEnd));
        csv.WriteField(f.SourceText);
        csv.WriteField(f.TargetText);
        csv.WriteField(f.Found);
        csv.WriteField(f.Expected);
        csv.WriteField(f.Suggestion);
        csv.WriteField(f.Message);
        csv.WriteField(f.Status);
        csv.WriteField(f.Comment);
        csv.WriteField(PenaltyPoints.Of(f.Severity).ToString(CultureInfo.InvariantCulture));
        csv.NextRecord();
    }

    private static string Offset(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
