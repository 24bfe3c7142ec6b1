using System.Globalization;
using Alignment.Core.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alignment.Core.Gazetteer;

/// <summary>Reads glossary/gazetteer.csv: <c>id,kind,english,korean,abbreviation,country</c>, <c>|</c> between forms.</summary>
public static class GazetteerLoader
{
    private static readonly string[] Header = ["id", "kind", "english", "korean", "abbreviation", "country"];

    public static IReadOnlyList<GazetteerEntry> Load(string path)
    {
        // Read as stories are (composed Hangul, no zero-width characters), so a gazetteer saved on a Mac still matches.
        var text = TextNormalizer.Normalize(TextLoader.Load(path), keepLines: true).Analysis.Text;
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false });
        if (!parser.Read() || !parser.Record!.Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            throw new InputException(path, "header must be " + string.Join(',', Header), 1);
        }

        var entries = new List<GazetteerEntry>();
        while (parser.Read())
        {
            var row = parser.Record!;
            if (row.Length != Header.Length)
            {
                throw new InputException(path, $"row has {row.Length} columns, the header has {Header.Length}", parser.RawRow);
            }

            if (!Enum.TryParse<EntityKind>(row[1].Trim(), ignoreCase: true, out var kind))
            {
                throw new InputException(path, $"kind '{row[1]}' is not country, capital, city, region, sea or organisation", parser.RawRow);
            }

            var english = Split(row[2]);
            var korean = Split(row[3]);
            if (row[0].Trim().Length == 0 || english.Length == 0 || korean.Length == 0)
            {
                throw new InputException(path, "row needs an id, an English and a Korean form", parser.RawRow);
            }

            entries.Add(new GazetteerEntry(row[0].Trim(), kind, english, korean, Split(row[4]), row[5].Trim().Length == 0 ? null : row[5].Trim()));
        }

        return entries;
    }

    private static string[] Split(string cell) => cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
