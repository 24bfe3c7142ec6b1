using System.Globalization;
using Alignment.Core.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alignment.Core.Reporting;

/// <summary>
/// Reads a report CSV back, as a spreadsheet may have saved it: any encoding the loader knows (Excel writes a BOM,
/// or CP949 on Korean Windows), comma, semicolon or tab between cells, and quoted cells spanning lines.
/// </summary>
public static class ReportCsvReader
{
    public static IReadOnlyList<ReportRow> Read(string path, params string[] requiredColumns)
    {
        var text = TextLoader.Load(path).Text;
        var firstLine = text.AsSpan(0, text.IndexOfAny(['\r', '\n']) is var n and >= 0 ? n : text.Length);
        var delimiter = firstLine.Contains("id;", StringComparison.Ordinal) ? ";" : firstLine.Contains('\t') ? "\t" : ",";
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null });
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                throw new InputException(path, "not a report: no header line");
            }

            var names = header.Select(h => h.Trim()).ToArray();
            var missing = requiredColumns.FirstOrDefault(c => !names.Contains(c, StringComparer.Ordinal));
            if (missing is not null)
            {
                throw new InputException(path, $"not a report: no '{missing}' column", 1);
            }

            var rows = new List<ReportRow>();
            var line = LineAfter(csv);
            while (csv.Read())
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < names.Length; i++)
                {
                    cells[names[i]] = csv.TryGetField<string>(i, out var value) ? value ?? string.Empty : string.Empty;
                }

                rows.Add(new ReportRow(line, cells));
                line = LineAfter(csv);
            }

            return rows;
        }
        catch (CsvHelperException e)
        {
            throw new InputException(path, "not a valid CSV report: " + e.Message.Split('\n')[0], e.Context?.Parser?.RawRow);
        }
    }

    // RawRow is the last physical line the parser consumed, so the next record starts on the line after it.
    private static int LineAfter(CsvReader csv) => csv.Parser.RawRow + 1;
}
