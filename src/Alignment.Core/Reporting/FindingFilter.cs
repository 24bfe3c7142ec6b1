using Alignment.Core.Pipeline;

namespace Alignment.Core.Reporting;

/// <summary>
/// Takes out of a run the findings a baseline already knows and those reviewers rejected, keeping how many of each,
/// so the counts, the score and the exit code see only what is new and open.
/// </summary>
public static class FindingFilter
{
    public static RunReport Apply(RunReport report, IReadOnlySet<string> baseline, IReadOnlySet<string> suppressed)
    {
        if (baseline.Count == 0 && suppressed.Count == 0)
        {
            return report;
        }

        int baselined = 0, rejected = 0;
        var documents = new List<DocumentReport>(report.Documents.Count);
        foreach (var document in report.Documents)
        {
            var kept = new List<Findings.Finding>(document.Findings.Count);
            foreach (var finding in document.Findings)
            {
                if (suppressed.Contains(finding.Id))
                {
                    rejected++;
                }
                else if (baseline.Contains(finding.Id))
                {
                    baselined++;
                }
                else
                {
                    kept.Add(finding);
                }
            }

            documents.Add(document with { Findings = kept });
        }

        return report with { Documents = documents, Baselined = report.Baselined + baselined, Suppressed = report.Suppressed + rejected };
    }
}
