using System.Buffers;
using System.Net;

namespace Alignment.Core.Text;

/// <summary>
/// Gives the analysis one spelling of text that has several:
/// <list type="bullet">
/// <item>Hangul written as conjoining jamo (as macOS and some PDF extractors store it: 참석 as ᄎ ᅡ ᆷ ᄉ ᅥ ᆨ) is
/// composed into syllables; without this a decomposed file shares no word, name or glossary term with anything and
/// reads two and a half times as long;</item>
/// <item>zero-width characters and soft hyphens, invisible but cutting words in two, are dropped;</item>
/// <item>no-break and other wide spaces become plain ones, full-width ASCII (ＬＧ, ５０％, common in Korean newspaper
/// copy) plain ASCII;</item>
/// <item>HTML character references (&amp;quot;, &amp;#39;, as web copy and machine translation of HTML return them)
/// become their characters, and in a text marked up as HTML (<see cref="HtmlMarkup"/>) tags become breaks or
/// nothing.</item>
/// <item>a hard-wrapped text (<see cref="HardWrap"/>) is read as its paragraphs: the breaks of its wrapping as
/// spaces, or, where a cut fell inside a word, as nothing.</item>
/// </list>
/// Reports still give offsets into the file's own text (<see cref="OffsetMap"/>); the file's blank lines are all
/// kept, so its paragraphs are the analysis's too.
/// </summary>
public static class TextNormalizer
{
    // Everything the loop below may change: a text without any of it is returned as it is, after one scan.
    private static readonly string Changeable =
        "&\u00A0\u00AD\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u202F\u205F\u2060\u3000\uFEFF"
        + HangulJamo.Medials + HangulJamo.Finals + Scripts.Range('\uFF01', '\uFF5E'); // full-width ASCII: ＬＧ, ５０％

    private static readonly SearchValues<char> Special = SearchValues.Create(Changeable);

    // In a text marked up as HTML (HtmlMarkup), its tags as well; in a hard-wrapped one (HardWrap), its line breaks.
    private static readonly SearchValues<char> SpecialInHtml = SearchValues.Create("<" + Changeable);
    private static readonly SearchValues<char> SpecialWrapped = SearchValues.Create("\r\n" + Changeable);
    private static readonly SearchValues<char> SpecialInHtmlWrapped = SearchValues.Create("<\r\n" + Changeable);

    /// <param name="keepLines">
    /// Add no line break (HTML block tags read as a space): for text whose lines are records, a sentence a line or a
    /// CSV row.
    /// </param>
    public static NormalizedText Normalize(SourceText source, bool keepLines = false)
    {
        var text = source.Text;
        // The wrapping is read off the file as it is: the wrapper counted its characters, not the analysis's.
        var breaks = keepLines ? null : HardWrap.Breaks(text);
        var html = HtmlMarkup.IsMarkedUp(text);
        var special = breaks is null ? (html ? SpecialInHtml : Special) : html ? SpecialInHtmlWrapped : SpecialWrapped;
        var first = text.AsSpan().IndexOfAny(special);
        if (first < 0)
        {
            return new NormalizedText(source, source, OffsetMap.Identity);
        }

        // A medial or final jamo composes with the character before it.
        first = Math.Max(0, first - 1);
        // Normalizing never lengthens a text: a reference is longer than its character, jamo than their syllable.
        var buffer = new char[text.Length];
        text.CopyTo(0, buffer, 0, first);
        var (points, shifts) = (new List<int>(), new List<int>());
        var (gaps, gapStarts, dropped) = (new List<int>(), new List<int>(), -1);
        var (length, at) = (first, first);
        while (at < text.Length)
        {
            // Text up to the next special character is copied as it is, one shift for the whole run.
            var next = text.AsSpan(at).IndexOfAny(special);
            var run = next < 0 ? text.Length - at : next;
            if (run > 0 && next >= 0 && IsJoiner(text[at + next]))
            {
                run--; // the character before a medial or final composes with it
            }

            if (run > 0)
            {
                Gap(gaps, gapStarts, ref dropped, length);
                Shift(points, shifts, length, at);
                text.CopyTo(at, buffer, length, run);
                (length, at) = (length + run, at + run);
                continue;
            }

            var c = text[at];
            if (IsInvisible(c) || (breaks is not null && breaks.Joins.Contains(at)))
            {
                dropped = dropped < 0 ? at : dropped;
                at++;
                continue;
            }

            var reference = c == '&' ? CharacterReference(text, at) : c == '<' && html ? HtmlMarkup.At(text, at, keepLines) : null;
            var (syllable, used) = reference is null ? HangulJamo.Compose(text.AsSpan(at)) : ('\0', 0);
            var piece = reference?.Text ?? (used > 0 ? syllable.ToString() : null);
            if (piece?.Length == 0)
            {
                dropped = dropped < 0 ? at : dropped;
                at += reference!.Value.Length;
                continue;
            }

            Gap(gaps, gapStarts, ref dropped, length);
            if (piece is null)
            {
                Shift(points, shifts, length, at);
                buffer[length++] = IsWideSpace(c) || (breaks is not null && breaks.Spaces.Contains(at)) ? ' ' : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
                at++;
                continue;
            }

            // Every character of a composed or decoded piece maps to where its source begins, so a span that holds
            // one holds its source whole.
            for (var k = 0; k < piece.Length; k++)
            {
                Shift(points, shifts, length + k, at);
            }

            piece.CopyTo(0, buffer, length, piece.Length);
            length += piece.Length;
            at += reference?.Length ?? used;
        }

        Gap(gaps, gapStarts, ref dropped, length);
        Shift(points, shifts, length, text.Length);
        var normalized = new string(buffer, 0, length);
        return normalized == text
            ? new NormalizedText(source, source, OffsetMap.Identity)
            : new NormalizedText(source, source with { Text = normalized }, OffsetMap.From(points, shifts, gaps, gapStarts));
    }

    // Records where characters dropped just before normalized offset `offset` began, once something follows them.
    private static void Gap(List<int> gaps, List<int> starts, ref int dropped, int offset)
    {
        if (dropped >= 0)
        {
            gaps.Add(offset);
            starts.Add(dropped);
            dropped = -1;
        }
    }

    // Records that normalized offset `offset` is original offset `original`, where that differs from the last shift.
    private static void Shift(List<int> points, List<int> shifts, int offset, int original)
    {
        var shift = original - offset;
        if (shift != (shifts.Count == 0 ? 0 : shifts[^1]))
        {
            points.Add(offset);
            shifts.Add(shift);
        }
    }

    // A named or numeric reference (&quot; &#8220; &#x2019;) that decodes to one character; anything else ('R&D',
    // 'AT&T;') is text.
    private static (string Text, int Length)? CharacterReference(string text, int at)
    {
        var semicolon = text.IndexOf(';', at + 1, Math.Min(10, text.Length - at - 1));
        if (semicolon < 0)
        {
            return null;
        }

        var reference = text[at..(semicolon + 1)];
        var decoded = WebUtility.HtmlDecode(reference);
        return decoded != reference && decoded.Length is 1 or 2 ? (decoded, reference.Length) : null;
    }

    private static bool IsJoiner(char c) => c is (>= '\u1160' and <= '\u11FF') or (>= '\uD7B0' and <= '\uD7FF');

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool IsWideSpace(char c) => c is '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';
}
