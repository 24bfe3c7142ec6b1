namespace Alignment.Eval.Corpus;

/// <summary>
/// Turns what the user named into the corpus prefix: a prefix (<c>data/dev</c> for <c>data/dev.ko</c> and
/// <c>data/dev.en</c>), either file of the pair, or a folder that holds exactly one such pair. Corpora are shipped
/// as folders, so the folder is what people pass first.
/// </summary>
public static class CorpusLocator
{
    public const string Korean = ".ko";
    public const string English = ".en";

    public static string Resolve(string path)
    {
        if (Directory.Exists(path))
        {
            return InFolder(path);
        }

        var extension = Path.GetExtension(path);
        return File.Exists(path) && (extension == Korean || extension == English) ? path[..^extension.Length] : path;
    }

    private static string InFolder(string folder)
    {
        var prefixes = Directory.EnumerateFiles(folder, "*" + Korean)
            .Select(file => file[..^Korean.Length])
            .Where(prefix => File.Exists(prefix + English))
            .Order(StringComparer.Ordinal)
            .ToList();
        return prefixes.Count switch
        {
            1 => prefixes[0],
            0 => throw new FileNotFoundException($"{folder}: no NAME{Korean} file with a matching NAME{English} in this folder"),
            _ => throw new ArgumentException(
                $"{folder} holds {prefixes.Count} corpora ({string.Join(", ", prefixes.Select(Path.GetFileName))}): name one, e.g. {prefixes[0]}"),
        };
    }
}
