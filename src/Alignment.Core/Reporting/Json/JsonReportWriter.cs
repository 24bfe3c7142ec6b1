using System.Text.Json.Nodes;

namespace Alignment.Core.Reporting.Json;

/// <summary><c>{ "summary": {…}, "findings": [ … ] }</c>: the CSV's rows under camelCase names, and the run's summary with its MQM score.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public string FileExtension => ".json";

    public void Write(RunReport report, TextWriter writer)
    {
        var root = new JsonObject
        {
            ["summary"] = ReportJson.Summary(report.Summarize(), report.FailOn),
            ["findings"] = new JsonArray(report.Findings.Select(ReportJson.Finding).ToArray<JsonNode?>()),
        };
        writer.Write(root.ToJsonString(ReportJson.Options));
        writer.Write('\n');
    }
}
