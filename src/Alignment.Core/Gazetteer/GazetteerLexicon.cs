namespace Alignment.Core.Gazetteer;

/// <summary>The gazetteer as lexicon pairs for alignment: 캐나다 ↔ canada, canadian; 유엔 ↔ united, nations, un.</summary>
public static class GazetteerLexicon
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "on", "in", "de", "del", "la", "le", "du", "da" };

    public static IEnumerable<(string Word, IReadOnlyList<string> English)> Entries(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var entry in entries)
        {
            var words = entry.English
                .SelectMany(e => e.Split([' ', '-', '.', ',', '\'', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
                .Where(w => w.Length > 1 && !Stopwords.Contains(w))
                .Select(w => w.ToLowerInvariant())
                .Distinct()
                .ToArray();
            foreach (var korean in entry.Korean.Where(k => k.Length >= 2 && k.All(c => c is >= '\uAC00' and <= '\uD7A3')))
            {
                yield return (korean, words);
            }
        }
    }
}
