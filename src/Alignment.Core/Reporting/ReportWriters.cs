using System.Collections.Frozen;

namespace Alignment.Core.Reporting;

/// <summary>The one list of report formats.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } = [new CsvReportWriter()];

    private static readonly FrozenDictionary<string, IReportWriter> ByFormat = All.ToFrozenDictionary(w => w.Format, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string format, out IReportWriter writer) => ByFormat.TryGetValue(format, out writer!);
}
