namespace Alignment.Core.Reporting.Html;

/// <summary>Writes lines with "\n" on every OS, so the page is byte-identical wherever it is made.</summary>
internal sealed class HtmlOut(TextWriter writer)
{
    public void Line(string html)
    {
        writer.Write(html);
        writer.Write('\n');
    }
}
