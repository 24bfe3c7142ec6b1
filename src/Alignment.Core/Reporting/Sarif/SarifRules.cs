using System.Text.Json.Nodes;

namespace Alignment.Core.Reporting.Sarif;

/// <summary>The driver's rules: every check that ran, then any check only the findings name.</summary>
internal static class SarifRules
{
    public static IReadOnlyList<SarifRule> Of(RunReport report)
    {
        var described = report.Checks.ToDictionary(c => c.Id, c => c.Description, StringComparer.Ordinal);
        return report.Checks.Select(c => c.Id)
            .Concat(report.Findings.Select(f => f.Check).Distinct().Order(StringComparer.Ordinal))
            .Distinct()
            .Select(id => Rule(id, described.GetValueOrDefault(id) ?? id))
            .ToList();
    }

    private static SarifRule Rule(string id, string description) => new(id, new JsonObject
    {
        ["id"] = id,
        ["name"] = Name(id),
        ["shortDescription"] = new JsonObject { ["text"] = description },
        ["fullDescription"] = new JsonObject { ["text"] = description },
        ["properties"] = new JsonObject { ["tags"] = new JsonArray("translation", id.Split('.')[0]) },
    });

    // SARIF suggests a PascalCase name beside the opaque id: terminology.forbidden → TerminologyForbidden.
    private static string Name(string id) =>
        string.Concat(id.Split('.', '-', '_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
