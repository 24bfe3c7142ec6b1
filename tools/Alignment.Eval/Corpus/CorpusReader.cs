using Alignment.Core.Text;

namespace Alignment.Eval.Corpus;

/// <summary>
/// Reads PREFIX.ko and PREFIX.en, one sentence a line, in any encoding the tool reads (UTF-8, UTF-16, CP949), and
/// insists they pair up line for line.
/// </summary>
public static class CorpusReader
{
    public static ParallelCorpus Read(string prefix)
    {
        var korean = ReadLines(prefix + ".ko");
        var english = ReadLines(prefix + ".en");
        if (korean.Count != english.Count)
        {
            throw new InputException(prefix + ".ko", $"{korean.Count} lines, but {prefix}.en has {english.Count}: line N of one must translate line N of the other");
        }

        return new ParallelCorpus(korean, english);
    }

    private static List<string> ReadLines(string path)
    {
        var lines = TextLoader.Load(path).Text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();

        // Blank lines at the end are how files end, not sentences; the sides must not differ by a final newline.
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        // A blank line inside would be a sentence the segmenter cannot see; a corpus line is never empty.
        return lines.Select(l => l.Length == 0 ? "-" : l).ToList();
    }
}
