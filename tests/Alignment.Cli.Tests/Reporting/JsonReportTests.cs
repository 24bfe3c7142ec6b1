using System.Text.Json;

namespace Alignment.Cli.Tests.Reporting;

[Collection(FormatCollection.Name)]
public sealed class JsonReportTests(FormatRun run)
{
    private static readonly (string Csv, string Json)[] Columns =
    [
        ("id", "id"), ("document", "document"), ("segment", "segment"), ("check", "check"), ("severity", "severity"),
        ("source_start", "sourceStart"), ("source_end", "sourceEnd"), ("target_start", "targetStart"), ("target_end", "targetEnd"),
        ("source_text", "sourceText"), ("target_text", "targetText"), ("found", "found"), ("expected", "expected"),
        ("suggestion", "suggestion"), ("message", "message"), ("status", "status"), ("comment", "comment"), ("points", "points"),
    ];

    [Fact]
    public void Should_carry_every_csv_row_with_every_field_under_camel_case_names()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(run.Report("json")));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();

        findings.Count.ShouldBe(run.Csv.Count);
        findings.Count.ShouldBeGreaterThan(0);
        for (var i = 0; i < findings.Count; i++)
        {
            foreach (var (csv, name) in Columns)
            {
                Text(findings[i].GetProperty(name)).ShouldBe(run.Csv[i][csv], $"row {i + 1}, {name}");
            }
        }
    }

    [Fact]
    public void Should_sum_up_the_same_findings_with_the_mqm_score()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(run.Report("json")));
        var summary = json.RootElement.GetProperty("summary");

        foreach (var severity in new[] { "critical", "major", "minor" })
        {
            summary.GetProperty("findings").GetProperty(severity).GetInt32().ShouldBe(run.Csv.Count(r => r["severity"] == severity));
        }

        summary.GetProperty("points").GetInt32().ShouldBe(run.Csv.Sum(r => int.Parse(r["points"])));
        var words = summary.GetProperty("words").GetInt32();
        words.ShouldBeGreaterThan(0);
        summary.GetProperty("penalty").GetDouble().ShouldBe(Math.Round(summary.GetProperty("points").GetInt32() * 1000.0 / words, 2));
        summary.GetProperty("pass").ValueKind.ShouldBe(JsonValueKind.Null);
        summary.GetProperty("stories").GetArrayLength().ShouldBe(summary.GetProperty("documents").GetInt32());
    }

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.Number => e.GetRawText(),
        _ => e.GetString()!,
    };
}
