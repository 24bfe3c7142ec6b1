using Alignment.Core.Pipeline;

namespace Alignment.Core.Review;

/// <summary>
/// The translation a report's document column names: a story folder's target.en.txt, or the target file itself
/// when the report was made with --source/--target. Looked for from the current folder (where the report was
/// made), then from the report's folder. The reviewed copy goes beside it as *.reviewed.txt.
/// </summary>
public static class ReviewTarget
{
    public static string? Find(string document, string reportPath)
    {
        var reportFolder = Path.GetDirectoryName(Path.GetFullPath(reportPath))!;
        foreach (var candidate in new[] { document, Path.Combine(reportFolder, document) })
        {
            if (Directory.Exists(candidate))
            {
                return Path.Combine(candidate, StoryLocator.TargetFile);
            }

            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>target.en.txt → target.en.reviewed.txt: the last extension kept, so editors still open it as text.</summary>
    public static string ReviewedPath(string targetPath)
    {
        var extension = Path.GetExtension(targetPath);
        return Path.Combine(Path.GetDirectoryName(targetPath) ?? string.Empty, Path.GetFileNameWithoutExtension(targetPath) + ".reviewed" + extension);
    }
}
