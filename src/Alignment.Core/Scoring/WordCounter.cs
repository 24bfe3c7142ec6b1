using Alignment.Core.Segmentation;

namespace Alignment.Core.Scoring;

/// <summary>
/// English words for the MQM denominator: whitespace-separated tokens holding a letter or digit, counted in the
/// target's sentences only, so datelines and boilerplate the segmenter left out do not dilute the penalty.
/// </summary>
public static class WordCounter
{
    public static int Count(SegmentedText text) => text.Sentences.Sum(s => Count(s.Text));

    public static int Count(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inToken = false;
        var tokenHasWordCharacter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                words += inToken && tokenHasWordCharacter ? 1 : 0;
                inToken = false;
                tokenHasWordCharacter = false;
                continue;
            }

            inToken = true;
            tokenHasWordCharacter |= char.IsLetterOrDigit(c);
        }

        return words + (inToken && tokenHasWordCharacter ? 1 : 0);
    }
}
