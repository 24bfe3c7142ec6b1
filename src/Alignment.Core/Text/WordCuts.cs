namespace Alignment.Core.Text;

/// <summary>
/// Where a hard-wrapped text (<see cref="HardWrap"/>) was cut at its width inside words, as print sets Korean (a
/// line may break between any two syllables) and as text comes out of a PDF: those breaks read as nothing.
/// </summary>
internal static class WordCuts
{
    // Share of the full lines that must fill the width to a column for the text to count as cut at the width
    // itself, inside words (Korean set in print breaks between any two syllables); wrapping at spaces leaves lines a
    // word's width short as often as not.
    private const double CutShare = 0.75;

    // Cuts that part a word written whole elsewhere that a text filled to the width must have to count as cut
    // inside words: lines of one length can be chance, a word parted never is.
    private const int MinimumWholeWords = 1;

    // The lines (by index) cut inside a word, when the text was cut at the width itself rather than wrapped at
    // spaces: most full lines fill the width to a column, and some cuts part a word the text writes whole elsewhere
    // (한-캐나 and 다, where 한-캐나다와 is in another line), which lines wrapped at spaces never do. A cut joins its
    // halves when the text writes them whole, or when the next line starts with a sign (the full stop of
    // Indo-Pacific.). A cut that fell on a space the cutter dropped looks like one inside a word, and gluing the
    // words would hide both (지역과 and 유로-대서양 as 지역과유로-대서양; first and half), so anything else is a
    // space, and a word the text writes only once stays in two halves.
    public static HashSet<int> Joined(string text, List<(int Start, int End, int Next)> inner, MeasuredLine[] measured, int width, bool columns)
    {
        // A cut on a space the cutter dropped leaves its line a column short, and in columns a wide character that
        // did not fit one more.
        var filled = width - (columns ? 2 : 1);
        var full = measured.Count(l => l.IsFull(width));
        if (measured.Count(l => l.Width >= filled && l.IsFull(width)) < CutShare * full)
        {
            return [];
        }

        var halves = inner.Where((l, k) => measured[k].IsFull(width)).SelectMany(l => new[] { l.End, l.Next }).ToHashSet();
        var words = Words(text, halves);
        var whole = new HashSet<int>();
        for (var k = 0; k < inner.Count; k++)
        {
            if (measured[k].IsFull(width) && InsideWord(text, inner[k]) && Halves(text, inner[k]) is var (head, tail)
                && (StartsWord(words, head + tail) || !tail.Any(char.IsLetterOrDigit)))
            {
                whole.Add(k);
            }
        }

        return whole.Count < MinimumWholeWords ? [] : whole;
    }

    // Nothing but the line break between the two lines: no space was left at either side of the cut.
    private static bool InsideWord(string text, (int Start, int End, int Next) line)
    {
        for (var at = line.End; at < line.Next; at++)
        {
            if (text[at] is not ('\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    // The word a cut ends the line with and the one it starts the next line with.
    private static (string Head, string Tail) Halves(string text, (int Start, int End, int Next) line)
    {
        var left = line.End;
        while (left > line.Start && !char.IsWhiteSpace(text[left - 1]))
        {
            left--;
        }

        var right = line.Next;
        while (right < text.Length && !char.IsWhiteSpace(text[right]))
        {
            right++;
        }

        // The signs before the line's word go (the quote in '한-캐), the next line's stay (the hyphen in 한 and -캐나다).
        return (Word(text[left..line.End]), text[line.Next..right]);
    }

    private static bool StartsWord(string[] words, string start)
    {
        var at = Array.BinarySearch(words, start, StringComparer.Ordinal);
        return at >= 0 || (~at < words.Length && words[~at].StartsWith(start, StringComparison.Ordinal));
    }

    // The text's words, without the signs before them ('한-캐나다 → 한-캐나다), sorted for a search by beginning;
    // not the halves on either side of a cut (the words ending and starting at the offsets given).
    private static string[] Words(string text, HashSet<int> halves)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var start = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at > start && !halves.Contains(start) && !halves.Contains(at) && Word(text[start..at]) is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }

        var sorted = words.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static string Word(string token)
    {
        var start = 0;
        while (start < token.Length && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        return token[start..];
    }
}
