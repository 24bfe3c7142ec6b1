using System.Collections.Frozen;
using Alignment.Core.Reporting.Html;
using Alignment.Core.Reporting.Json;
using Alignment.Core.Reporting.Junit;
using Alignment.Core.Reporting.Sarif;

namespace Alignment.Core.Reporting;

/// <summary>The one list of report formats.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new CsvReportWriter(),
        new JsonReportWriter(),
        new HtmlReportWriter(),
        new JunitReportWriter(),
        new SarifReportWriter(),
    ];

    private static readonly FrozenDictionary<string, IReportWriter> ByFormat = All.ToFrozenDictionary(w => w.Format, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string format, out IReportWriter writer) => ByFormat.TryGetValue(format, out writer!);
}
