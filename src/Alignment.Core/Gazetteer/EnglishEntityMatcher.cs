using System.Collections.Frozen;

namespace Alignment.Core.Gazetteer;

/// <summary>
/// Finds gazetteer names in English by dictionary look-up of word n-grams, longest first, case-sensitive so that
/// "us", "who" and "turkey" stay words. Hyphens separate words, so "Korea-China" yields Korea and China.
/// </summary>
public sealed class EnglishEntityMatcher : IEntityFinder
{
    private readonly FrozenDictionary<string, GazetteerEntry> forms;

    // For each word a form starts with, the most words such a form has: most words of a text start none, and the
    // rest need only the n-grams their forms can fill, instead of every length up to the longest form.
    private readonly FrozenDictionary<string, int> longestFrom;

    public EnglishEntityMatcher(IEnumerable<GazetteerEntry> entries)
    {
        var map = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var form in entry.English)
            {
                map.TryAdd(string.Join(' ', Words(form).Select(w => w.Text)), entry);
            }
        }

        forms = map.ToFrozenDictionary(StringComparer.Ordinal);
        longestFrom = map.Keys
            .GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.Ordinal);
    }

    public IEnumerable<EntityMention> Find(string text, int from, int to)
    {
        var words = Words(text[from..to]).ToList();
        var i = 0;
        while (i < words.Count)
        {
            var found = false;
            var longest = longestFrom.GetValueOrDefault(words[i].Text);
            for (var n = Math.Min(longest, words.Count - i); n >= 1 && !found; n--)
            {
                var key = string.Join(' ', words.Skip(i).Take(n).Select(w => w.Text));
                if (forms.TryGetValue(key, out var entry))
                {
                    var start = from + words[i].Start;
                    var end = from + words[i + n - 1].End;
                    yield return new EntityMention(entry, start, end, text[start..end]);
                    i += n;
                    found = true;
                }
            }

            if (!found)
            {
                i++;
            }
        }
    }

    // Words with their spans; a possessive is cut off, "U.S." keeps its dots.
    internal static IEnumerable<(string Text, int Start, int End)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] is '.' or '\'' or '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var end = i;
            if (end < text.Length && text[end] == '.' && end - start >= 2 && text[start..end].Contains('.'))
            {
                end++;
                i++;
            }

            var word = text[start..end];
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                end -= 2;
                word = word[..^2];
            }

            yield return (word, start, end);
        }
    }
}
