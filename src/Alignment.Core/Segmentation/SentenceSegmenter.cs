using Alignment.Core.Languages;
using Alignment.Core.Text;

namespace Alignment.Core.Segmentation;

/// <summary>Cleans and segments a text with its language's rules. Stateless; one instance serves every document.</summary>
public sealed class SentenceSegmenter
{
    public SegmentedText Segment(SourceText source, ILanguageProfile profile)
    {
        var text = source.Text;
        var (blocks, excluded) = BlockReader.Read(text, profile.Segmentation);
        var sentences = new List<Sentence>();
        foreach (var block in blocks)
        {
            foreach (var (start, end) in SentenceSplitter.Split(text, block, profile.Segmentation))
            {
                var (s, e) = TextSpan.Trim(text, start, end);
                if (s >= e)
                {
                    continue;
                }

                // A stray "." or "”" after a sentence belongs to it, also from the next line; with no sentence
                // before it in the paragraph it is debris, not a sentence of its own.
                if (!HasWordCharacter(text.AsSpan(s, e - s)))
                {
                    if (sentences.Count > 0 && sentences[^1].Paragraph == block.Paragraph)
                    {
                        var previous = sentences[^1];
                        sentences[^1] = previous with { End = e, Text = text[previous.Start..e] };
                    }
                    else
                    {
                        excluded.Add(new ExcludedSpan(ExcludedKind.Separator, s, e, text[s..e]));
                    }

                    continue;
                }

                sentences.Add(new Sentence(sentences.Count, s, e, text[s..e], block.Paragraph));
            }
        }

        excluded.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new SegmentedText(source, sentences, excluded);
    }

    /// <summary>One sentence a line (the <c>--segmented</c> input): index = 0-based line number, blank lines included.</summary>
    public SegmentedText SegmentLines(SourceText source)
    {
        var text = source.Text;
        var sentences = new List<Sentence>();
        var start = 0;
        var index = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            if (newline < 0 && start == end && index > 0)
            {
                break;
            }

            var (s, e) = TextSpan.Trim(text, start, end);
            sentences.Add(new Sentence(index++, s, Math.Max(s, e), text[s..Math.Max(s, e)], 0));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return new SegmentedText(source, sentences, []);
    }

    private static bool HasWordCharacter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
