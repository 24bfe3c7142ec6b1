using System.Globalization;
using Alignment.Core.Reporting;
using Alignment.Core.Text;
using CsvHelper;

namespace Alignment.Core.Review;

/// <summary>
/// <c>alignment-suppressions.csv</c> (<c>id,document,check,found,comment</c>): the findings reviewers rejected.
/// <c>review apply</c> adds to it; <c>check</c> honours it when it is in the current folder or given.
/// </summary>
public static class SuppressionFile
{
    public const string DefaultName = "alignment-suppressions.csv";

    public static readonly string[] Header = ["id", "document", "check", "found", "comment"];

    public static IReadOnlyList<Suppression> Load(string path)
    {
        var rows = ReportCsvReader.Read(path, "id");
        var empty = rows.FirstOrDefault(r => r["id"].Trim().Length == 0);
        if (empty is not null)
        {
            throw new InputException(path, "a suppression has no id", empty.Line);
        }

        return rows.Select(r => new Suppression(r["id"].Trim(), r["document"], r["check"], r["found"], r["comment"])).ToList();
    }

    /// <summary>The file with <paramref name="added"/> merged in (by id; a later comment wins), written atomically.</summary>
    public static int Merge(string path, IEnumerable<Suppression> added)
    {
        var all = File.Exists(path) ? Load(path).ToList() : [];
        var before = all.Count;
        foreach (var suppression in added)
        {
            var index = all.FindIndex(s => s.Id == suppression.Id);
            if (index >= 0)
            {
                all[index] = suppression;
            }
            else
            {
                all.Add(suppression);
            }
        }

        AtomicFile.Write(path, writer => Write(all, writer));
        return all.Count - before;
    }

    private static void Write(IEnumerable<Suppression> suppressions, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var s in suppressions)
        {
            csv.WriteField(s.Id);
            csv.WriteField(s.Document);
            csv.WriteField(s.Check);
            csv.WriteField(s.Found);
            csv.WriteField(s.Comment);
            csv.NextRecord();
        }
    }
}
