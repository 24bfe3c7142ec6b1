using System.Reflection;

namespace Alignment.Core.Languages;

/// <summary>
/// Language knowledge shipped as embedded text files (one entry a line, '#' starts a comment),
/// so adding an abbreviation or a particle is a data change, not a code change.
/// </summary>
internal static class DataFile
{
    public static IReadOnlyList<string> ReadLines(string name) =>
        TryReadLines(name) ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from {typeof(DataFile).Assembly.GetName().Name}.");

    public static IReadOnlyList<string>? TryReadLines(string name)
    {
        var assembly = typeof(DataFile).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/').Equals(name, StringComparison.Ordinal));
        if (resource is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
