using System.Net;
using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Scoring;

namespace Alignment.Core.Reporting.Html;

/// <summary>One finding: what and where, Korean and English side by side with the span marked, and the fix as a diff.</summary>
internal static class HtmlFinding
{
    public static void Write(HtmlOut w, DocumentReport document, Finding f)
    {
        var severity = f.Severity.ToName();
        var bead = f.Segment >= 1 && f.Segment <= document.Alignment.Beads.Count ? document.Alignment.Beads[f.Segment - 1] : null;
        var source = Excerpt.Render(document.Source, bead?.SourceIds ?? [], f.SourceStart, f.SourceEnd, "source");
        var target = Excerpt.Render(document.Target, bead?.TargetIds ?? [], f.TargetStart, f.TargetEnd, "target");
        w.Line($"<article class=\"finding sev-{severity}\" id=\"f-{Encode(f.Id)}\" data-severity=\"{severity}\" data-check=\"{Encode(f.Check)}\">");
        w.Line($"<h3><span class=\"badge sev-{severity}\">{severity}</span> <code>{Encode(f.Check)}</code> <span class=\"where\">segment {f.Segment} · {PenaltyPoints.Of(f.Severity)} points · id {Encode(f.Id)}</span></h3>");
        w.Line($"<p class=\"message\">{Encode(f.Message)}</p>");
        w.Line("<div class=\"pair\">");
        w.Line($"<div class=\"side\"><h4>Korean</h4><p class=\"text\" lang=\"ko\">{(source.Length > 0 ? source : Encode(f.SourceText))}</p></div>");
        w.Line($"<div class=\"side\"><h4>English</h4><p class=\"text\" lang=\"en\">{(target.Length > 0 ? target : "<em class=\"missing\">no English for this sentence</em>")}</p></div>");
        w.Line("</div>");
        if (f.Found.Length > 0 || f.Expected.Length > 0)
        {
            w.Line($"<dl class=\"facts\"><dt>Found</dt><dd>{(f.Found.Length > 0 ? Encode(f.Found) : "<em>nothing</em>")}</dd><dt>Expected</dt><dd>{Encode(f.Expected)}</dd></dl>");
        }

        if (f.Suggestion.Length > 0)
        {
            w.Line($"<div class=\"suggestion\"><h4>Suggestion</h4><p class=\"text diff\" lang=\"en\">{WordDiffHtml.Render(Corrected(document, f), f.Suggestion)}</p></div>");
        }

        w.Line("</article>");
    }

    // The suggestion is the whole corrected sentence: diff it against the sentence holding the span.
    private static string Corrected(DocumentReport document, Finding f)
    {
        if (f.TargetStart is not { } start)
        {
            return f.TargetText;
        }

        var sentence = document.Target.Sentences.FirstOrDefault(s => s.Start <= start && start < s.End);
        return sentence?.Text ?? f.Found;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
