namespace Alignment.Cli;

/// <summary>The glossaries shipped beside the executable (copied from the repository's glossary/ at build time).</summary>
internal static class DefaultGlossaries
{
    /// <summary>The gazetteer shares the folder but has its own format and loader.</summary>
    public static string Gazetteer => Path.Combine(AppContext.BaseDirectory, "glossary", "gazetteer.csv");

    public static IReadOnlyList<string> Files()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "glossary");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.csv").Where(f => !IsGazetteer(f)).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    private static bool IsGazetteer(string path) => Path.GetFileName(path).Equals("gazetteer.csv", StringComparison.OrdinalIgnoreCase);
}
