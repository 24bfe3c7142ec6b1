using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Accuracy.Titles;

/// <summary>
/// Finds the ranks an English sentence gives people: a rank word (English/title-ranks.txt) that stands before a
/// name ("Foreign Minister Cho", "honorary chairman Kang"), after an organisation or a nationality ("Cheongun Group
/// chairman", "N. Korean foreign minister", "Daegu's mayor") or in apposition to a name ("Park Eun-seo, deputy
/// minister for ..."). A bare "the minister" names nobody new and is left alone.
/// </summary>
internal static partial class EnglishRankReader
{
    // At most this many words before the rank word are read as part of its title.
    private const int Reach = 4;

    // Words that end a title going backwards: "said the vice chairman" holds no "said".
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose", "which", "who", "and", "or",
        "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "said", "says", "then", "now", "new",
    };

    /// <param name="bare">
    /// Also a rank that names nobody new ("chaired by the defense minister"), for a sentence whose Korean gives one
    /// title only, which the rank can then only stand for.
    /// </param>
    public static IEnumerable<EnglishRank> Read(string sentence, bool bare = false)
    {
        var words = Word().Matches(sentence).Cast<Match>().ToArray();
        for (var k = 0; k < words.Length; k++)
        {
            var parts = Bare(words[k].Value).ToLowerInvariant().Split('-');
            if (!RankTable.Heads.Contains(parts[^1]))
            {
                continue;
            }

            // The rank: the head with the modifiers right before it ("Senior Deputy Governor", "vice-chairman").
            var first = k;
            while (first > 0 && Joined(sentence, words[first - 1], words[first]) && RankTable.Modifiers.Contains(words[first - 1].Value.ToLowerInvariant()))
            {
                first--;
            }

            // The title: the words before the rank up to a stop word or a comma ("BOK", "N. Korean foreign").
            var start = first;
            while (start > 0 && first - start < Reach && Joined(sentence, words[start - 1], words[start]) && !Stops.Contains(words[start - 1].Value))
            {
                start--;
            }

            // Someone in particular: a capitalised word or a possessive before the rank ("the ministry's deputy
            // minister"), a name after it, or a name before it with a comma.
            var named = words[start..first].Any(w => char.IsUpper(w.Value[0]) || w.Value.EndsWith("'s", StringComparison.Ordinal) || w.Value.EndsWith("’s", StringComparison.Ordinal))
                || (k + 1 < words.Length && Joined(sentence, words[k], words[k + 1]) && char.IsUpper(words[k + 1].Value[0]) && !words[k].Value.EndsWith('s'))
                || InApposition(sentence, words, start)
                || OfPortfolio(sentence, words, k);
            var titleWords = words[start..(k + 1)].SelectMany(w => Bare(w.Value).ToLowerInvariant().Split('-')).ToArray();
            // The line must be the rank word's own: "deputy minister will head" holds a deputy and a minister, but
            // its "head" is a verb.
            if ((named || bare) && RankTable.Match(titleWords) is { } line && line.Head == parts[^1])
            {
                var rankStart = words[first].Index;
                var rankEnd = words[k].Index + Bare(words[k].Value).Length;
                yield return new EnglishRank(sentence[words[start].Index..rankEnd], sentence[rankStart..rankEnd], rankStart, line);
            }
        }
    }

    // "Minister of Trade, Industry and Energy Lee", "Vice Minister of Education Choi": a post named by its portfolio
    // is someone's in particular.
    private static bool OfPortfolio(string sentence, Match[] words, int k) =>
        k + 2 < words.Length && words[k + 1].Value == "of" && Joined(sentence, words[k], words[k + 1]) && Joined(sentence, words[k + 1], words[k + 2])
            && char.IsUpper(words[k + 2].Value[0]);

    // "Park Eun-seo, deputy minister", "Han, the governor": a comma, perhaps an article, and a capitalised word before.
    private static bool InApposition(string sentence, Match[] words, int start)
    {
        var at = start;
        if (at > 0 && words[at - 1].Value is "the" or "a" && Joined(sentence, words[at - 1], words[at]))
        {
            at--;
        }

        return at > 0 && char.IsUpper(words[at - 1].Value[0]) && sentence.AsSpan(words[at - 1].Index + words[at - 1].Length, words[at].Index - words[at - 1].Index - words[at - 1].Length).Trim() is ",";
    }

    // Two words with only spaces between them: a title does not run across a comma or a quotation mark.
    private static bool Joined(string sentence, Match left, Match right) =>
        sentence.AsSpan(left.Index + left.Length, right.Index - left.Index - left.Length).IsWhiteSpace();

    // "mayor's" and "Minister's" are the rank words themselves.
    private static string Bare(string word)
    {
        word = word.TrimEnd('.');
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}'’.-]*")]
    private static partial Regex Word();
}
