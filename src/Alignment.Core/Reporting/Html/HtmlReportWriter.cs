using System.Globalization;
using System.Net;
using Alignment.Core.Findings;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting.Html;

/// <summary>
/// One self-contained page a translator opens offline: counts and the MQM score at the top, filters by severity and
/// check, a section per story, and each finding with source and target side by side, the span highlighted and the
/// suggestion as a word diff. Style and script are inlined from files beside this class; nothing is fetched.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string Format => "html";

    public string FileExtension => ".html";

    public void Write(RunReport report, TextWriter writer)
    {
        var summary = report.Summarize();
        var w = new HtmlOut(writer);
        w.Line("<!DOCTYPE html>");
        w.Line("<html lang=\"en\">");
        w.Line("<head>");
        w.Line("<meta charset=\"utf-8\">");
        w.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Line("<title>Alignment report</title>");
        w.Line($"<style>\n{HtmlAssets.Css}</style>");
        w.Line("</head>");
        w.Line("<body>");
        WriteHeader(w, report, summary);
        w.Line("<main>");
        for (var i = 0; i < report.Documents.Count; i++)
        {
            HtmlStory.Write(w, report.Documents[i], summary.Stories[i], i + 1);
        }

        w.Line("</main>");
        w.Line($"<script>\n{HtmlAssets.Script}</script>");
        w.Line("</body>");
        w.Line("</html>");
    }

    internal static string Number(double value) => value.ToString("#,##0.0#", CultureInfo.InvariantCulture);

    internal static string Verdict(bool? pass) => pass switch { true => "pass", false => "fail", null => string.Empty };

    private static void WriteHeader(HtmlOut w, RunReport report, Summary s)
    {
        w.Line("<header class=\"top\">");
        w.Line("<h1>Alignment report</h1>");
        var max = s.MaxPenalty is { } m ? $" (max {Number(m)}: <strong class=\"verdict {Verdict(s.Pass)}\">{Verdict(s.Pass)}</strong>)" : string.Empty;
        w.Line($"<p class=\"run\">{s.Documents} {(s.Documents == 1 ? "story" : "stories")}, {s.SourceSentences} Korean and {s.TargetSentences} English sentences, {s.Words.ToString("N0", CultureInfo.InvariantCulture)} English words. MQM penalty <strong id=\"penalty\">{Number(s.Penalty)}</strong> per 1,000 words{max}.</p>");
        if (s.Baselined + s.Suppressed > 0)
        {
            w.Line($"<p class=\"run\">Not shown: {s.Baselined} known from the baseline, {s.Suppressed} rejected by reviewers.</p>");
        }

        w.Line("<p class=\"counts\">");
        foreach (var (severity, count) in new[] { (Severity.Critical, s.Findings.Critical), (Severity.Major, s.Findings.Major), (Severity.Minor, s.Findings.Minor) })
        {
            w.Line($"<span class=\"count sev-{severity.ToName()}\" data-severity=\"{severity.ToName()}\"><b>{count}</b> {severity.ToName()}</span>");
        }

        w.Line($"<span class=\"count total\"><b>{s.Findings.Total}</b> findings</span>");
        w.Line("</p>");
        w.Line("<form class=\"filters\" id=\"filters\">");
        w.Line("<fieldset><legend>Severity</legend>");
        foreach (var name in new[] { "critical", "major", "minor" })
        {
            w.Line($"<label><input type=\"checkbox\" name=\"severity\" value=\"{name}\" checked> {name}</label>");
        }

        w.Line("</fieldset>");
        w.Line("<label>Check <select name=\"check\" id=\"check-filter\"><option value=\"\">all checks</option>");
        foreach (var check in report.Findings.Select(f => f.Check).Distinct().Order(StringComparer.Ordinal))
        {
            var n = report.Findings.Count(f => f.Check == check);
            w.Line($"<option value=\"{WebUtility.HtmlEncode(check)}\">{WebUtility.HtmlEncode(check)} ({n})</option>");
        }

        w.Line("</select></label>");
        w.Line($"<output id=\"shown\">{s.Findings.Total} of {s.Findings.Total} findings shown</output>");
        w.Line("</form>");
        w.Line("</header>");
    }
}
