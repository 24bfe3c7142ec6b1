namespace Alignment.Cli;

/// <summary>The glossaries shipped beside the executable (copied from the repository's glossary/ at build time).</summary>
internal static class DefaultGlossaries
{
    public static IReadOnlyList<string> Files()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "glossary");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToArray()
            : [];
    }
}
