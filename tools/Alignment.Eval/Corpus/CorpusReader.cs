namespace Alignment.Eval.Corpus;

/// <summary>Reads PREFIX.ko and PREFIX.en, one sentence a line, and insists they pair up line for line.</summary>
public static class CorpusReader
{
    public static ParallelCorpus Read(string prefix)
    {
        var korean = ReadLines(prefix + ".ko");
        var english = ReadLines(prefix + ".en");
        if (korean.Count != english.Count)
        {
            throw new InvalidDataException($"{prefix}.ko has {korean.Count} lines but {prefix}.en has {english.Count}");
        }

        return new ParallelCorpus(korean, english);
    }

    private static List<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        // Blank lines would be sentences the segmenter cannot see; a corpus line is never empty.
        return File.ReadAllLines(path).Select(l => l.Trim()).Select(l => l.Length == 0 ? "-" : l).ToList();
    }
}
