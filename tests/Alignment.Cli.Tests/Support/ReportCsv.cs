using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alignment.Cli.Tests.Support;

/// <summary>Reads a CSV (a report or an expected.csv) into its header and rows keyed by column name.</summary>
internal static class ReportCsv
{
    public static (string[] Header, List<Dictionary<string, string>> Rows) Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? string.Empty));
        }

        return (header, rows);
    }

    /// <summary>Writes rows back as a spreadsheet would save them, in the header's column order.</summary>
    public static void Write(string path, string[] header, IEnumerable<Dictionary<string, string>> rows)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var name in header)
            {
                csv.WriteField(row[name]);
            }

            csv.NextRecord();
        }
    }
}
