namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// Widens a glossary hit to the whole name it sits in: "Unification" inside "the Unification Department said"
/// becomes "Unification Department". Only capitalised words of the term's own vocabulary or of institution names
/// join, with "of", "and", "for" between them, so a following person's name does not.
/// </summary>
internal static class RenderingPhrase
{
    private static readonly HashSet<string> Institutions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Department", "Agency", "Office", "Bureau", "Council", "Committee", "Commission", "Service",
        "Administration", "Authority", "Board", "Institute", "Command", "Forces", "Force", "Team", "Party", "Assembly",
        "Court", "Bank", "Forum", "Dialogue", "Agreement", "Partnership", "Meeting", "Consultation", "Headquarters",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "for", "on" };

    public static (int Start, int End) Expand(string text, int start, int end, IReadOnlyList<string> targets)
    {
        var vocabulary = targets.SelectMany(t => t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Joins(string word) => word.Length > 0 && char.IsUpper(word[0]) && (vocabulary.Contains(word) || Institutions.Contains(word));

        var s = start;
        while (true)
        {
            var (wordStart, word) = WordBefore(text, s);
            if (Joins(word))
            {
                s = wordStart;
                continue;
            }

            var (beforeConnector, previous) = WordBefore(text, wordStart);
            if (Connectors.Contains(word) && Joins(previous))
            {
                s = beforeConnector;
                continue;
            }

            break;
        }

        // A possessive ends the name: "the National Assembly's National Defense Committee" names two bodies.
        var e = end;
        while (!(e >= 2 && text[e - 1] == 's' && text[e - 2] is '\'' or '’'))
        {
            var (wordEnd, word) = WordAfter(text, e);
            if (Joins(word))
            {
                e = wordEnd;
                continue;
            }

            var (afterConnector, next) = WordAfter(text, wordEnd);
            if (Connectors.Contains(word) && Joins(next))
            {
                e = afterConnector;
                continue;
            }

            break;
        }

        return (s, e);
    }

    /// <summary>
    /// Whether two renderings really differ: not an inflection (condemned, condemn), not a short form of the other
    /// (Foreign Minister inside Minister of Foreign Affairs), but other words (Department for Ministry) or the same
    /// words reordered (Finance and Economy Ministry for Ministry of Economy and Finance).
    /// </summary>
    public static bool Differs(string a, string b)
    {
        var x = Stems(a);
        var y = Stems(b);
        if (x.SequenceEqual(y))
        {
            return false;
        }

        var setX = x.ToHashSet(StringComparer.Ordinal);
        var setY = y.ToHashSet(StringComparer.Ordinal);
        if (setX.SetEquals(setY))
        {
            // "Trade, Industry and Energy Minister" holds the ministry's name in its own order: only the title moved.
            return x.Count >= 2 && !x.Where(w => w != "ministry").SequenceEqual(y.Where(w => w != "ministry"));
        }

        return !setX.IsSubsetOf(setY) && !setY.IsSubsetOf(setX);
    }

    private static List<string> Stems(string phrase) =>
        Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Connectors.Contains(w) && w != "the")
            .Select(w => Languages.Lexicons.EnglishStemmer.Stem(w))
            .Select(w => w == "minister" ? "ministry" : w) // a ministry's name inside its minister's title
            .ToList();

    // Headline and list forms read as the words they stand for: "S. Korea, Canada" is "South Korea and Canada";
    // an acronym's plural (MOUs) is the acronym.
    public static string Normalize(string phrase) =>
        string.Join(' ', phrase.Replace('-', ' ').Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal)
            .Replace(",", " and ", StringComparison.Ordinal).Replace("&", " and ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch
            {
                "S." => "South",
                "N." => "North",
                _ when w.Length > 2 && w[^1] == 's' && w[..^1].All(char.IsUpper) => w[..^1],
                _ => w,
            })).ToLowerInvariant();

    private static (int Start, string Word) WordBefore(string text, int position)
    {
        var e = position;
        if (e == 0 || text[e - 1] != ' ')
        {
            return (position, string.Empty);
        }

        e--;
        var s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '-'))
        {
            s--;
        }

        return (s, text[s..e]);
    }

    private static (int End, string Word) WordAfter(string text, int position)
    {
        var s = position;
        if (s >= text.Length || text[s] != ' ')
        {
            return (position, string.Empty);
        }

        s++;
        var e = s;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '-'))
        {
            e++;
        }

        return (e, text[s..e]);
    }
}
