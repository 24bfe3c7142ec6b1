using System.Xml.Linq;

namespace Alignment.Cli.Tests.Reporting;

[Collection(FormatCollection.Name)]
public sealed class JunitReportTests(FormatRun run)
{
    [Fact]
    public void Should_have_a_testsuite_per_story_a_testcase_per_check_and_a_failure_per_finding_at_or_above_fail_on()
    {
        var xml = XDocument.Load(run.Report("junit"));
        var root = xml.Root!;
        root.Name.LocalName.ShouldBe("testsuites");
        var suites = root.Elements("testsuite").ToList();
        suites.Select(s => (string)s.Attribute("name")!).ShouldBe(Directory.GetDirectories(Support.Repository.Corpora).Order(StringComparer.Ordinal).Select(d => d.Replace('\\', '/')));

        foreach (var suite in suites)
        {
            var document = (string)suite.Attribute("name")!;
            var cases = suite.Elements("testcase").ToList();
            var failing = run.Csv.Where(r => r["document"] == document && r["severity"] is "major" or "critical").ToList();

            cases.Select(c => (string)c.Attribute("name")!).ShouldBe(Core.Checks.CheckRegistry.Rules.Select(c => c.Id));
            cases.ShouldAllBe(c => (string)c.Attribute("classname")! == document);
            cases.SelectMany(c => c.Elements("failure")).Count().ShouldBe(failing.Count);
            ((int)suite.Attribute("tests")!).ShouldBe(cases.Count);
            ((int)suite.Attribute("failures")!).ShouldBe(cases.Count(c => c.Elements("failure").Any()));
            foreach (var row in failing)
            {
                var testcase = cases.Single(c => (string)c.Attribute("name")! == row["check"]);
                testcase.Elements("failure").ShouldContain(f => (string)f.Attribute("message")! == row["message"] && (string)f.Attribute("type")! == row["severity"]);
            }
        }

        ((int)root.Attribute("tests")!).ShouldBe(suites.Sum(s => (int)s.Attribute("tests")!));
        ((int)root.Attribute("failures")!).ShouldBe(suites.Sum(s => (int)s.Attribute("failures")!));
    }
}
