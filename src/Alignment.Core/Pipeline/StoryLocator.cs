using Alignment.Core.Text;

namespace Alignment.Core.Pipeline;

/// <summary>
/// Finds story folders (a folder holding source.ko.txt and target.en.txt) under the paths given, in a stable
/// order, naming each by the path as given so reports match what the user typed.
/// </summary>
public static class StoryLocator
{
    public const string SourceFile = "source.ko.txt";
    public const string TargetFile = "target.en.txt";

    public static IReadOnlyList<StoryInput> Find(IEnumerable<string> paths)
    {
        var stories = new List<StoryInput>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                throw new InputException(path, "is a file; give a story folder, or --source and --target");
            }

            if (!Directory.Exists(path))
            {
                throw new InputException(path, "no such folder");
            }

            var found = new List<StoryInput>();
            Walk(path, found);
            if (found.Count == 0)
            {
                throw new InputException(path, $"no story folder ({SourceFile} with {TargetFile}) found");
            }

            stories.AddRange(found);
        }

        return stories;
    }

    private static void Walk(string folder, List<StoryInput> found)
    {
        var source = Path.Combine(folder, SourceFile);
        var target = Path.Combine(folder, TargetFile);
        var hasSource = File.Exists(source);
        var hasTarget = File.Exists(target);
        if (hasSource != hasTarget)
        {
            throw new InputException(hasSource ? target : source, "file not found (a story folder needs both source.ko.txt and target.en.txt)");
        }

        if (hasSource)
        {
            found.Add(new StoryInput(Normalize(folder), source, target));
            return;
        }

        foreach (var child in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(child).StartsWith('.'))
            {
                Walk(child, found);
            }
        }
    }

    private static string Normalize(string folder) => folder.Replace('\\', '/').TrimEnd('/');
}
