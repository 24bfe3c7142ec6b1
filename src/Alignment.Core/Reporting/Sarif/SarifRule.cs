using System.Text.Json.Nodes;

namespace Alignment.Core.Reporting.Sarif;

/// <summary>A rule entry of the SARIF driver: one per check, with its description.</summary>
internal sealed record SarifRule(string Id, JsonObject Node);
