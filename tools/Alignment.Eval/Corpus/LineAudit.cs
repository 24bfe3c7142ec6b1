using System.Globalization;
using Alignment.Core.Text;

namespace Alignment.Eval.Corpus;

/// <summary>
/// A reader's verdict on each line pair of a corpus (is line N's English a translation of line N's Korean?). A
/// line-aligned news corpus carries headlines, fragments and pairs shifted by a line; scoring an aligner against
/// those measures the corpus as much as the aligner, so an evaluation can keep only the pairs judged sound.
/// </summary>
public static class LineAudit
{
    /// <summary>The verdict that keeps a pair; any other word (junk, fragment, shifted…) leaves it out.</summary>
    public const string Sound = "ok";

    /// <summary>
    /// Reads a tab-separated file of <c>line number, verdict</c> (1-based, further columns and lines starting with
    /// # ignored) and returns the line numbers judged <see cref="Sound"/>.
    /// </summary>
    public static IReadOnlySet<int> SoundLines(string path)
    {
        var sound = new HashSet<int>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pair) || pair < 1)
            {
                throw new InputException(path, "expected a line number of at least 1, a tab and a verdict", number);
            }

            if (fields[1].Trim() == Sound)
            {
                sound.Add(pair);
            }
        }

        return sound;
    }
}
