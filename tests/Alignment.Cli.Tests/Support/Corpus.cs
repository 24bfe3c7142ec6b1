namespace Alignment.Cli.Tests.Support;

/// <summary>Copies of the repository's corpus stories in a scratch folder, so tests can edit, review and rewrite them.</summary>
internal static class Corpus
{
    public const string Seed = "002-korea-canada-2plus2";

    public static string CopyStory(TempFolder temp, string story, string name)
    {
        var to = temp.File(name);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Corpora, story)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        return to;
    }

    /// <summary>Every corpus story, <paramref name="copies"/> times over, under one folder: a batch for --jobs and --shard.</summary>
    public static string CopyAll(TempFolder temp, int copies)
    {
        foreach (var story in Directory.GetDirectories(Repository.Corpora).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            for (var i = 1; i <= copies; i++)
            {
                CopyStory(temp, story!, Path.Combine("corpus", $"{story}-{i}"));
            }
        }

        return temp.File("corpus");
    }
}
