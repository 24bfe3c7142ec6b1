using System.Globalization;
using Alignment.Core.Findings;
using Alignment.Core.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alignment.Core.Glossary;

/// <summary>Reads the glossary CSV of the contract. Any malformed row is an <see cref="InputException"/> naming file and line.</summary>
public static class GlossaryLoader
{
    private static readonly string[] Required = ["source", "target", "forbidden", "note"];

    public static IReadOnlyList<GlossaryEntry> Load(string path)
    {
        // Read as stories are (composed Hangul, no zero-width characters), so a glossary saved on a Mac still matches.
        var text = TextNormalizer.Normalize(TextLoader.Load(path), keepLines: true).Analysis.Text;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null };
        using var parser = new CsvParser(new StringReader(text), config);
        if (!parser.Read())
        {
            throw new InputException(path, "file is empty");
        }

        var header = parser.Record!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (header.Length < Required.Length || !header.Take(Required.Length).SequenceEqual(Required))
        {
            throw new InputException(path, "header must start with source,target,forbidden,note", 1);
        }

        var severityColumn = Array.IndexOf(header, "severity");
        var caseColumn = Array.IndexOf(header, "case_sensitive");
        var entries = new List<GlossaryEntry>();
        while (parser.Read())
        {
            var row = parser.Record!;
            var line = parser.RawRow;
            if (row.Length == 1 && string.IsNullOrWhiteSpace(row[0]))
            {
                continue;
            }

            if (row.Length != header.Length)
            {
                throw new InputException(path, $"row has {row.Length} columns, the header has {header.Length}", line);
            }

            entries.Add(ReadRow(path, line, row, severityColumn, caseColumn));
        }

        return entries;
    }

    private static GlossaryEntry ReadRow(string path, int line, string[] row, int severityColumn, int caseColumn)
    {
        var sources = Split(row[0]);
        if (sources.Count == 0)
        {
            throw new InputException(path, "empty source term", line);
        }

        Severity? severity = null;
        if (severityColumn >= 0 && !string.IsNullOrWhiteSpace(row[severityColumn]))
        {
            severity = SeverityNames.TryParse(row[severityColumn], out var parsed)
                ? parsed
                : throw new InputException(path, $"severity '{row[severityColumn]}' is not critical, major or minor", line);
        }

        var caseSensitive = caseColumn >= 0 && ParseBool(path, line, row[caseColumn]);
        var targets = Split(row[1]);
        var forbidden = Split(row[2]);
        if (targets.Count == 0 && forbidden.Count == 0)
        {
            throw new InputException(path, "row has neither a target nor a forbidden term", line);
        }

        return new GlossaryEntry(sources, targets, forbidden, row[3].Trim(), severity, caseSensitive, path, line);
    }

    private static bool ParseBool(string path, int line, string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "" or "false" or "no" or "0" => false,
        "true" or "yes" or "1" => true,
        _ => throw new InputException(path, $"case_sensitive '{cell}' is not true or false", line),
    };

    private static List<string> Split(string cell) =>
        cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
