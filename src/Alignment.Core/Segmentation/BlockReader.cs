using System.Text.RegularExpressions;

namespace Alignment.Core.Segmentation;

/// <summary>
/// Cuts a text into blocks: a line ends a sentence (headlines, bullets and paragraphs are lines), except that a
/// line wrapped mid-sentence continues when the next line starts in lower case. Blank lines end paragraphs.
/// Datelines at a paragraph's start and separator lines are set aside; bullet markers are not part of the sentence.
/// </summary>
internal static partial class BlockReader
{
    public static (List<Block> Blocks, List<ExcludedSpan> Excluded) Read(string text, SegmentationRules rules)
    {
        var blocks = new List<Block>();
        var excluded = new List<ExcludedSpan>();
        var paragraph = 0;
        var blankBefore = true;
        var lineStart = 0;
        var debris = WebDebris.Lines(text, rules);
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (start, end) = TextSpan.Trim(text, lineStart, lineEnd);
            if (start < end && debris.Contains(start))
            {
                // Subscription offers, share bars, "Advertisement": page furniture, left out of alignment.
                excluded.Add(new ExcludedSpan(ExcludedKind.Boilerplate, start, end, text[start..end]));
                blankBefore = false;
            }
            else if (start >= end)
            {
                if (!blankBefore)
                {
                    paragraph++;
                }

                blankBefore = true;
            }
            else
            {
                start = SkipDateline(text, start, end, rules, excluded);
                if (IsSeparator(text, start, end))
                {
                    // "---", "* * *", a lone "▲": layout, not a sentence to align.
                    excluded.Add(new ExcludedSpan(ExcludedKind.Separator, start, end, text[start..end]));
                    start = end;
                }

                start = SkipBullet(text, start, end);
                if (start < end)
                {
                    AddLine(text, blocks, new Block(start, end, paragraph), blankBefore);
                }

                blankBefore = false;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return (blocks, excluded);
    }

    private static void AddLine(string text, List<Block> blocks, Block line, bool blankBefore)
    {
        if (!blankBefore && blocks.Count > 0 && blocks[^1].Paragraph == line.Paragraph
            && char.IsLower(text[line.Start]) && !EndsSentence(text, blocks[^1]))
        {
            blocks[^1] = blocks[^1] with { End = line.End };
            return;
        }

        blocks.Add(line);
    }

    private static bool EndsSentence(string text, Block block)
    {
        var i = block.End - 1;
        while (i > block.Start && SentenceSplitter.IsCloser(text[i]))
        {
            i--;
        }

        return SentenceSplitter.IsTerminator(text[i]) || text[i] == ':';
    }

    private static int SkipDateline(string text, int start, int end, SegmentationRules rules, List<ExcludedSpan> excluded)
    {
        var line = text[start..end];
        foreach (var regex in rules.Datelines)
        {
            var match = regex.Match(line);
            if (match.Success && match.Length > 0)
            {
                var (s, e) = TextSpan.Trim(text, start, start + match.Length);
                excluded.Add(new ExcludedSpan(ExcludedKind.Dateline, s, e, text[s..e]));
                return start + match.Length;
            }
        }

        return start;
    }

    // A line with no word that is not a stray sentence end ("." or "”" left on a line of its own).
    private static bool IsSeparator(string text, int start, int end)
    {
        var stray = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }

            stray &= char.IsWhiteSpace(c) || SentenceSplitter.IsTerminator(c) || SentenceSplitter.IsCloser(c);
        }

        return start < end && !stray;
    }

    private static int SkipBullet(string text, int start, int end)
    {
        var match = Bullet().Match(text, start, end - start);
        return match.Success ? start + match.Length : start;
    }

    [GeneratedRegex(@"\G(?:[-•*·▲△○●■□◆◇▶►▷☞※]|\(\d{1,2}\)|\d{1,2}\))[ \t]+")]
    private static partial Regex Bullet();
}
