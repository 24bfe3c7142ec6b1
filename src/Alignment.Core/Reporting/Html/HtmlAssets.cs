using System.Reflection;

namespace Alignment.Core.Reporting.Html;

/// <summary>The page's style and script, kept as files (report.css, report.js) and embedded, then inlined so the page works offline.</summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Reporting.Html." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
