using System.Globalization;
using System.Text;

namespace Alignment.Eval.Corpus;

/// <summary>
/// Writes documents as story folders (source.ko.txt, target.en.txt, one sentence a line) so that
/// <c>alignment check</c> can be run over clean real translations to count false alarms.
/// </summary>
public static class StoryWriter
{
    public static void Write(IReadOnlyList<DocumentPair> documents, string folder, TextWriter output)
    {
        var utf8 = new UTF8Encoding(false);
        foreach (var document in documents)
        {
            var story = Path.Combine(folder, "d" + document.Index.ToString("000", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(story);
            File.WriteAllText(Path.Combine(story, "source.ko.txt"), string.Join('\n', document.Korean) + "\n", utf8);
            File.WriteAllText(Path.Combine(story, "target.en.txt"), string.Join('\n', document.English) + "\n", utf8);
        }

        output.WriteLine(FormattableString.Invariant($"wrote {documents.Count} stories to {folder}"));
    }
}
