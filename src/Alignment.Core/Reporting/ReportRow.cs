namespace Alignment.Core.Reporting;

/// <summary>One row of a report read back: its cells by column name, and the line it starts on (for messages).</summary>
public sealed record ReportRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : string.Empty;
}
