using System.Text.Json;
using Alignment.Core.Text;

namespace Alignment.Core.Reporting;

/// <summary>
/// The finding ids of an earlier report (CSV or JSON, told apart by content), for --baseline: findings the baseline
/// already had are known, and neither counted nor reported as new.
/// </summary>
public static class BaselineFile
{
    public static IReadOnlySet<string> LoadIds(string path)
    {
        var text = TextLoader.Load(path).Text;
        return text.TrimStart().StartsWith('{') ? FromJson(path, text) : FromCsv(path);
    }

    private static HashSet<string> FromCsv(string path)
    {
        var rows = ReportCsvReader.Read(path, "id", "check");
        var empty = rows.FirstOrDefault(r => r["id"].Trim().Length == 0);
        if (empty is not null)
        {
            throw new InputException(path, "not a report: a row has no id", empty.Line);
        }

        return rows.Select(r => r["id"].Trim()).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> FromJson(string path, string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            if (!json.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new InputException(path, "not a report: no \"findings\" array");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var finding in findings.EnumerateArray())
            {
                if (finding.ValueKind != JsonValueKind.Object || !finding.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
                {
                    throw new InputException(path, "not a report: a finding has no \"id\"");
                }

                ids.Add(id.GetString()!);
            }

            return ids;
        }
        catch (JsonException e)
        {
            throw new InputException(path, "not a valid JSON report: " + e.Message, e.LineNumber is { } line ? (int)line + 1 : null);
        }
    }
}
