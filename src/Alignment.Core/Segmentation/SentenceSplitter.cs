namespace Alignment.Core.Segmentation;

/// <summary>Finds sentence ends inside one block.</summary>
internal static class SentenceSplitter
{
    private const string TerminatorMarks = ".?!…。？！";

    // ˝ stands in for a double quote in some copy; `` opens and '' closes a quotation in wire copy typed in ASCII.
    // Copy whose EUC-KR quotes were read as Latin-1 writes “ ” ‘ ’ as ¡° ¡± ¡® ¡¯: ¡ opens either, and its second
    // glyph closes after a full stop ("…policy.¡± If").
    private const string CloserMarks = "\"'”’˝)]}»」』】¡±¯";

    // What may end a line after its last sentence's words.
    private const string FinalMarks = TerminatorMarks + CloserMarks + " \t\r\n";

    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(TerminatorMarks);
    private static readonly System.Buffers.SearchValues<char> Closers = System.Buffers.SearchValues.Create(CloserMarks);

    public static bool IsTerminator(char c) => Terminators.Contains(c);

    public static bool IsCloser(char c) => Closers.Contains(c);

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '˝' or '`' or '(' or '[' or '«' or '「' or '『' or '【' or '¡';

    /// <summary>
    /// How many sentences the span holds, counting only those with a letter or digit: a line of one-a-line input may
    /// hold two that were never split.
    /// </summary>
    public static int Count(string text, int start, int end, SegmentationRules rules)
    {
        // Most lines hold no full stop before their last: those need no splitting.
        var inner = text.AsSpan(start, Math.Max(0, end - start)).TrimEnd(FinalMarks);
        if (inner.IndexOfAny(Terminators) < 0)
        {
            return 1;
        }

        var count = 0;
        foreach (var (s, e) in Split(text, new Block(start, end, 0), rules))
        {
            for (var k = s; k < e; k++)
            {
                if (char.IsLetterOrDigit(text[k]))
                {
                    count++;
                    break;
                }
            }
        }

        return Math.Max(1, count);
    }

    public static IEnumerable<(int Start, int End)> Split(string text, Block block, SegmentationRules rules)
    {
        // A block without final punctuation is a headline unless it holds a sentence end of its own: then it is
        // running text whose last sentence lost its full stop, and its ellipses may end sentences too.
        var headline = !EndsWithTerminator(text, block) && !Breaks(text, block, rules, headline: true).Any();
        var sentenceStart = block.Start;
        foreach (var (end, next) in Breaks(text, block, rules, headline))
        {
            yield return (sentenceStart, end);
            sentenceStart = next;
        }

        yield return (sentenceStart, block.End);
    }

    // Each sentence end inside the block: where the sentence ends and where the next one starts.
    private static IEnumerable<(int End, int Next)> Breaks(string text, Block block, SegmentationRules rules, bool headline)
    {
        var sentenceStart = block.Start;
        var i = block.Start;
        while (i < block.End)
        {
            if (!IsTerminator(text[i]))
            {
                if (char.IsWhiteSpace(text[i]) && rules.EndsUnpunctuated(text, i) && !EmbeddedQuotation.Holds(text, sentenceStart, i, block.End, rules))
                {
                    var start = i;
                    while (i < block.End && char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    yield return (start, i);
                    sentenceStart = i;
                    continue;
                }

                i++;
                continue;
            }

            var runStart = i;
            var j = i;
            while (j < block.End && IsTerminator(text[j]))
            {
                j++;
            }

            var terminatorEnd = j;
            while (j < block.End && IsCloser(text[j]))
            {
                j++;
            }

            if (j >= block.End)
            {
                yield break;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                i = j;
                continue;
            }

            var next = j;
            while (next < block.End && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < block.End && IsBreak(text, runStart, terminatorEnd, next, headline, rules)
                && !EmbeddedQuotation.Holds(text, sentenceStart, j, block.End, rules))
            {
                yield return (j, next);
                sentenceStart = next;
            }

            i = next;
        }
    }

    private static bool IsBreak(string text, int runStart, int runEnd, int next, bool headline, SegmentationRules rules)
    {
        if (rules.QuoteContinuations.Count > 0 && IsQuote(text[runEnd]) && rules.QuoteContinuations.Contains(WordAt(text, next)))
        {
            return false;
        }

        var run = text.AsSpan(runStart, runEnd - runStart);
        var nextChar = text[next];
        var ellipsis = run.Contains('…') || run.Length >= 3 && run.IndexOfAnyExcept('.') < 0;
        if (ellipsis)
        {
            // Korean headlines and subheads join clauses with "…"; only running text ends sentences with it.
            // A new quotation after a closed one ("…it…” “Others") starts a sentence; after an open ellipsis
            // ("North Korea… “We will") the quote continues a headline-like run of clauses.
            return !headline && (!rules.CaseMarksSentenceStart || char.IsUpper(nextChar)
                || (IsCloser(text[runEnd]) && IsOpener(nextChar) && next + 1 < text.Length && char.IsUpper(text[next + 1])));
        }

        if (rules.CaseMarksSentenceStart && !StartsSentence(nextChar) && !OpensWithCloserGlyph(text, next))
        {
            return run is "." && EndsOnPlainWord(text, runStart, runEnd, next, rules);
        }

        if (run is ".")
        {
            var token = TokenBefore(text, runStart);
            if (token.Length > 0)
            {
                return AbbreviationAllowsBreak(token, text, next, rules) || (IsQuote(text[runEnd]) && !rules.TitleAbbreviations.Contains(token));
            }
        }

        return true;
    }

    // A full stop right after an ordinary lowercase word, before a lowercase word, still ends a sentence
    // ("…do the trick. researchers are…"): copy cut and rejoined, or a sentence whose capital was lost. Only a
    // word no abbreviation list knows counts, so "et al. found" and "approx. two" stay whole.
    private static bool EndsOnPlainWord(string text, int runStart, int runEnd, int next, SegmentationRules rules)
    {
        var token = TokenBefore(text, runStart);
        return runEnd < text.Length && char.IsWhiteSpace(text[runEnd])
            && token.Length >= 2 && runStart - token.Length > 0 && char.IsWhiteSpace(text[runStart - token.Length - 1])
            && token.AsSpan().IndexOfAnyExcept(LowercaseLetters) < 0
            && !rules.TitleAbbreviations.Contains(token) && !rules.Abbreviations.Contains(token)
            && WordAt(text, next).Length > 0;
    }

    private static readonly System.Buffers.SearchValues<char> LowercaseLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static bool AbbreviationAllowsBreak(string token, string text, int next, SegmentationRules rules)
    {
        if (rules.TitleAbbreviations.Contains(token))
        {
            // "No. 1" is an abbreviation, "said no. Then" is not.
            return token is "No" or "no" or "Nos" && !char.IsDigit(text[next]);
        }

        var initial = token.Length == 1 && char.IsUpper(token[0]);
        var dotted = token.Contains('.');
        if (initial || dotted || rules.Abbreviations.Contains(token))
        {
            return rules.SentenceStarters.Contains(WordAt(text, next));
        }

        return true;
    }

    // A quotation closed after the full stop ends the sentence even when the word before is short: 'known as "K."'.
    private static bool IsQuote(char c) => c is '"' or '”' or '\'' or '’' or '˝';

    // Copy typed with one quote glyph for both ends opens a quotation with ” or ’: after a space and before a
    // capital ("…this Tuesday. ”Some of the delegations…") it can only open one.
    private static bool OpensWithCloserGlyph(string text, int next) =>
        text[next] is '”' or '’' && next + 1 < text.Length && char.IsUpper(text[next + 1]);

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || IsOpener(c) || (char.IsLetter(c) && !char.IsLower(c));

    // The word right before a period, dots inside kept: "U.S", "a.m", "Mr"; empty after a digit or a closer.
    private static string TokenBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..dot];
    }

    private static string WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool EndsWithTerminator(string text, Block block)
    {
        var i = block.End - 1;
        while (i > block.Start && IsCloser(text[i]))
        {
            i--;
        }

        return IsTerminator(text[i]);
    }
}
