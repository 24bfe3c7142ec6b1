using System.Text.Json;
using Alignment.Core.Text;

namespace Alignment.Cli.Tests.Reporting;

/// <summary>SARIF 2.1.0: what its schema requires, and agreement with the CSV.</summary>
[Collection(FormatCollection.Name)]
public sealed class SarifReportTests(FormatRun run)
{
    [Fact]
    public void Should_have_the_fields_the_schema_requires()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(run.Report("sarif")));
        var root = json.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString()!.ShouldContain("sarif-2.1.0");
        var sarifRun = root.GetProperty("runs").EnumerateArray().Single();
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("alignment");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(Core.Checks.CheckRegistry.Rules.Select(c => c.Id));
        rules.ShouldAllBe(r => r.GetProperty("shortDescription").GetProperty("text").GetString()!.Length > 0);
        foreach (var result in sarifRun.GetProperty("results").EnumerateArray())
        {
            result.GetProperty("ruleId").GetString()!.ShouldNotBeNullOrEmpty();
            result.GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note");
            result.GetProperty("message").GetProperty("text").GetString()!.ShouldNotBeNullOrEmpty();
            var location = result.GetProperty("locations").EnumerateArray().Single().GetProperty("physicalLocation");
            location.GetProperty("artifactLocation").GetProperty("uri").GetString()!.ShouldNotBeNullOrEmpty();
            var region = location.GetProperty("region");
            region.GetProperty("startLine").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
            region.GetProperty("charOffset").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
            region.GetProperty("charLength").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
            rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe(result.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public void Should_locate_each_csv_finding_by_offset_and_length_in_its_file()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(run.Report("sarif")));
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        results.Count.ShouldBe(run.Csv.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var (row, result) = (run.Csv[i], results[i]);
            result.GetProperty("ruleId").GetString().ShouldBe(row["check"]);
            result.GetProperty("level").GetString().ShouldBe(row["severity"] switch { "critical" => "error", "major" => "warning", _ => "note" });
            result.GetProperty("partialFingerprints").GetProperty("alignmentFindingId/v1").GetString().ShouldBe(row["id"]);
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            var onTarget = row["target_start"].Length > 0;
            var (start, end) = onTarget ? (row["target_start"], row["target_end"]) : (row["source_start"], row["source_end"]);
            region.GetProperty("charOffset").GetInt32().ShouldBe(int.Parse(start));
            region.GetProperty("charLength").GetInt32().ShouldBe(int.Parse(end) - int.Parse(start));
            var path = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath;
            Path.GetFileName(path).ShouldBe(onTarget ? "target.en.txt" : "source.ko.txt");
            if (onTarget)
            {
                var text = TextLoader.Load(path).Text;
                text.Substring(int.Parse(start), int.Parse(end) - int.Parse(start)).ShouldBe(row["found"]);
                var lines = text[..int.Parse(start)].Split('\n');
                region.GetProperty("startLine").GetInt32().ShouldBe(lines.Length);
                region.GetProperty("startColumn").GetInt32().ShouldBe(lines[^1].Length + 1);
            }
        }
    }
}
