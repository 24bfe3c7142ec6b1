using System.Globalization;
using System.Net;
using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting.Html;

/// <summary>A story's section: its score line, then each finding as a card.</summary>
internal static class HtmlStory
{
    public static void Write(HtmlOut w, DocumentReport document, StorySummary story, int number)
    {
        w.Line($"<section class=\"story\" id=\"story-{number}\" data-document=\"{WebUtility.HtmlEncode(document.Document)}\">");
        w.Line($"<h2>{WebUtility.HtmlEncode(document.Document)}</h2>");
        var verdict = story.Pass is null ? string.Empty : $", <strong class=\"verdict {HtmlReportWriter.Verdict(story.Pass)}\">{HtmlReportWriter.Verdict(story.Pass)}</strong>";
        w.Line($"<p class=\"score\">{story.Words.ToString("N0", CultureInfo.InvariantCulture)} English words; {story.Findings.Critical} critical, {story.Findings.Major} major, {story.Findings.Minor} minor; MQM penalty {HtmlReportWriter.Number(story.Penalty)} per 1,000 words{verdict}.</p>");
        foreach (var warning in document.Warnings)
        {
            w.Line($"<p class=\"warning\">warning: {WebUtility.HtmlEncode(warning)}</p>");
        }

        if (document.Findings.Count == 0)
        {
            w.Line("<p class=\"none\">No findings.</p>");
        }

        foreach (var finding in document.Findings)
        {
            HtmlFinding.Write(w, document, finding);
        }

        w.Line("</section>");
    }
}
