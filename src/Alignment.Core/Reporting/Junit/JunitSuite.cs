using System.Xml;
using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting.Junit;

/// <summary>One story's testsuite: its testcases (one per check) and the failures each holds.</summary>
internal sealed record JunitSuite(string Name, StorySummary Story, IReadOnlyList<(string Name, IReadOnlyList<JunitFailure> Failures)> Cases)
{
    public int FailedCases => Cases.Count(c => c.Failures.Count > 0);

    public static JunitSuite Build(RunReport report, DocumentReport document, StorySummary story, IReadOnlyList<string> checks)
    {
        var cases = checks
            .Select(id => (id, (IReadOnlyList<JunitFailure>)document.Findings
                .Where(f => f.Check == id && report.Fails(f))
                .Select(f => new JunitFailure(f.Message, f.Severity.ToName(), JunitReportWriter.FailureText(f)))
                .ToList()))
            .ToList();
        if (report.MaxPenalty is { } max)
        {
            IReadOnlyList<JunitFailure> failures = story.Pass == false
                ? [new JunitFailure($"MQM penalty {JunitReportWriter.Number(story.Penalty)} per 1,000 words is over the maximum {JunitReportWriter.Number(max)}", "mqm", $"{story.Points} penalty points in {story.Words} words")]
                : [];
            cases.Add((JunitReportWriter.PenaltyTestCase, failures));
        }

        return new JunitSuite(document.Document, story, cases);
    }

    public void Write(XmlWriter xml, double? maxPenalty)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Name);
        xml.WriteAttributeString("tests", JunitReportWriter.Number(Cases.Count));
        xml.WriteAttributeString("failures", JunitReportWriter.Number(FailedCases));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
        xml.WriteStartElement("properties");
        Property(xml, "words", JunitReportWriter.Number(Story.Words));
        Property(xml, "points", JunitReportWriter.Number(Story.Points));
        Property(xml, "penalty", JunitReportWriter.Number(Story.Penalty));
        Property(xml, "max_penalty", maxPenalty is { } max ? JunitReportWriter.Number(max) : string.Empty);
        Property(xml, "pass", Story.Pass is { } pass ? (pass ? "true" : "false") : string.Empty);
        xml.WriteEndElement();
        foreach (var (name, failures) in Cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("classname", Name);
            xml.WriteAttributeString("time", "0");
            foreach (var failure in failures)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", failure.Message);
                xml.WriteAttributeString("type", failure.Type);
                xml.WriteString(failure.Text);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
