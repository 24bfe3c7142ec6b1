using System.Text.Json.Nodes;
using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Reporting.Json;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: a rule per check, a result per finding with ruleId, level from severity
/// (critical error, major warning, minor note) and a region in the target file by character offset and length,
/// plus the line and column GitHub needs to place it. A finding with no target span (an omission, a missing
/// glossary term) is located at its source span in the source file. The summary rides in the run's properties.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public string Format => "sarif";

    public string FileExtension => ".sarif";

    public void Write(RunReport report, TextWriter writer)
    {
        var rules = SarifRules.Of(report);
        var results = new JsonArray();
        foreach (var document in report.Documents)
        {
            var target = new Lazy<LineIndex>(() => new LineIndex(document.Target.Text));
            var source = new Lazy<LineIndex>(() => new LineIndex(document.Source.Text));
            foreach (var f in document.Findings)
            {
                results.Add(Result(f, document, rules, target, source));
            }
        }

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "alignment",
                    ["fullName"] = "Alignment: checks English machine translations of Korean news against the Korean source",
                    ["rules"] = new JsonArray(rules.Select(r => (JsonNode?)r.Node).ToArray()),
                },
            },
            ["columnKind"] = "utf16CodeUnits",
            ["results"] = results,
            ["properties"] = new JsonObject { ["summary"] = ReportJson.Summary(report.Summarize(), report.FailOn) },
        };
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        writer.Write(log.ToJsonString(ReportJson.Options));
        writer.Write('\n');
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical => "error",
        Severity.Major => "warning",
        _ => "note",
    };

    private static JsonObject Result(Finding f, DocumentReport document, IReadOnlyList<SarifRule> rules, Lazy<LineIndex> target, Lazy<LineIndex> source)
    {
        var ruleIndex = rules.Select(r => r.Id).ToList().IndexOf(f.Check);
        var properties = ReportJson.Finding(f);
        return new JsonObject
        {
            ["ruleId"] = f.Check,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(f.Severity),
            ["message"] = new JsonObject { ["text"] = f.Message },
            ["locations"] = new JsonArray(Location(f, document, target, source)),
            ["partialFingerprints"] = new JsonObject { ["alignmentFindingId/v1"] = f.Id },
            ["properties"] = properties,
        };
    }

    private static JsonObject Location(Finding f, DocumentReport document, Lazy<LineIndex> target, Lazy<LineIndex> source)
    {
        var (path, start, end, lines) = f.TargetStart is { } ts && f.TargetEnd is { } te
            ? (document.Target.Source.Path, ts, te, target)
            : f.SourceStart is { } ss && f.SourceEnd is { } se
                ? (document.Source.Source.Path, ss, se, source)
                : (document.Target.Source.Path, 0, 0, target);
        var (startLine, startColumn) = lines.Value.At(start);
        var (endLine, endColumn) = lines.Value.At(end);
        return new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = ArtifactUri.Of(path) },
                ["region"] = new JsonObject
                {
                    ["startLine"] = startLine,
                    ["startColumn"] = startColumn,
                    ["endLine"] = endLine,
                    ["endColumn"] = endColumn,
                    ["charOffset"] = start,
                    ["charLength"] = end - start,
                },
            },
        };
    }
}
