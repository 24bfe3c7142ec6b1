using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alignment.Core.Findings;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting.Json;

/// <summary>The JSON shapes of a finding and of the summary, shared by the JSON and SARIF reports.</summary>
public static class ReportJson
{
    /// <summary>Korean and quotes stay readable (the report is not embedded in HTML); "\n" on every OS for byte-identical reports.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The CSV's columns under camelCase names; empty offsets become null.</summary>
    public static JsonObject Finding(Finding f) => new()
    {
        ["id"] = f.Id,
        ["document"] = f.Document,
        ["segment"] = f.Segment,
        ["check"] = f.Check,
        ["severity"] = f.Severity.ToName(),
        ["sourceStart"] = f.SourceStart,
        ["sourceEnd"] = f.SourceEnd,
        ["targetStart"] = f.TargetStart,
        ["targetEnd"] = f.TargetEnd,
        ["sourceText"] = f.SourceText,
        ["targetText"] = f.TargetText,
        ["found"] = f.Found,
        ["expected"] = f.Expected,
        ["suggestion"] = f.Suggestion,
        ["message"] = f.Message,
        ["status"] = f.Status,
        ["comment"] = f.Comment,
        ["points"] = PenaltyPoints.Of(f.Severity),
    };

    public static JsonObject Summary(Summary s, Severity? failOn) => new()
    {
        ["documents"] = s.Documents,
        ["sourceSentences"] = s.SourceSentences,
        ["targetSentences"] = s.TargetSentences,
        ["words"] = s.Words,
        ["findings"] = Counts(s.Findings),
        ["points"] = s.Points,
        ["penalty"] = s.Penalty,
        ["maxPenalty"] = s.MaxPenalty,
        ["pass"] = s.Pass,
        ["failOn"] = failOn?.ToName() ?? "none",
        ["baselined"] = s.Baselined,
        ["suppressed"] = s.Suppressed,
        ["stories"] = new JsonArray(s.Stories.Select(Story).ToArray<JsonNode?>()),
    };

    private static JsonObject Story(StorySummary s) => new()
    {
        ["document"] = s.Document,
        ["sourceSentences"] = s.SourceSentences,
        ["targetSentences"] = s.TargetSentences,
        ["words"] = s.Words,
        ["findings"] = Counts(s.Findings),
        ["points"] = s.Points,
        ["penalty"] = s.Penalty,
        ["pass"] = s.Pass,
    };

    private static JsonObject Counts(SeverityCounts c) => new()
    {
        ["critical"] = c.Critical,
        ["major"] = c.Major,
        ["minor"] = c.Minor,
        ["total"] = c.Total,
    };
}
