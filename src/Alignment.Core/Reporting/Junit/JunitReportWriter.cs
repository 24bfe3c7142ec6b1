using System.Globalization;
using System.Xml;
using Alignment.Core.Findings;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting.Junit;

/// <summary>
/// JUnit XML as GitLab, Jenkins and Azure DevOps read it: a testsuite per story, a testcase per check, a failure
/// per finding at or above --fail-on; with --max-penalty, one more testcase (<c>mqm.penalty</c>) that fails when
/// the story's score is over the maximum. <c>failures</c> counts failed testcases, as the format defines it.
/// </summary>
public sealed class JunitReportWriter : IReportWriter
{
    public const string PenaltyTestCase = "mqm.penalty";

    public string Format => "junit";

    public string FileExtension => ".xml";

    public void Write(RunReport report, TextWriter writer)
    {
        var summary = report.Summarize();
        var checks = CheckIds(report);
        var suites = report.Documents.Select((d, i) => JunitSuite.Build(report, d, summary.Stories[i], checks)).ToList();

        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding, which for a
        // StringWriter is UTF-16 while the file is always written as UTF-8.
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true, CloseOutput = false });
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "alignment");
        xml.WriteAttributeString("tests", Number(suites.Sum(s => s.Cases.Count)));
        xml.WriteAttributeString("failures", Number(suites.Sum(s => s.FailedCases)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("time", "0");
        foreach (var suite in suites)
        {
            suite.Write(xml, report.MaxPenalty);
        }

        xml.WriteEndElement();
        xml.Flush();
        writer.Write('\n');
    }

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal static string Number(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    // Every check that ran, then any check only the findings name (a report built without the list), in a stable order.
    private static IReadOnlyList<string> CheckIds(RunReport report) =>
        report.Checks.Select(c => c.Id)
            .Concat(report.Findings.Select(f => f.Check).Distinct().Order(StringComparer.Ordinal))
            .Distinct()
            .ToList();

    internal static string FailureText(Finding f)
    {
        var where = f.TargetStart is { } ts ? $"target {ts}-{f.TargetEnd}" : f.SourceStart is { } ss ? $"source {ss}-{f.SourceEnd}" : "no span";
        var lines = new List<string> { $"{f.Severity.ToName()} {f.Check} in segment {f.Segment} ({where}), id {f.Id}" };
        if (f.Found.Length > 0)
        {
            lines.Add($"found: {f.Found}");
        }

        if (f.Expected.Length > 0)
        {
            lines.Add($"expected: {f.Expected}");
        }

        if (f.Suggestion.Length > 0)
        {
            lines.Add($"suggestion: {f.Suggestion}");
        }

        lines.Add($"points: {PenaltyPoints.Of(f.Severity)}");
        return string.Join('\n', lines);
    }
}
