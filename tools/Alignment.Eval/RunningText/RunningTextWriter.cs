using System.Text;
using Alignment.Eval.Perturbation;

namespace Alignment.Eval.RunningText;

/// <summary>
/// Writes a document's sentences as a story would carry them: joined by spaces, a blank line after every 4 to 6
/// sentences (drawn per side from the layout seed), so the tool has to find the sentences itself.
/// </summary>
public sealed class RunningTextWriter(int seed)
{
    public const int MinParagraph = 4;
    public const int MaxParagraph = 6;

    public RunningTextDocument Write(PerturbedDocument document)
    {
        var random = SeededRandom.For(seed, document.Index, SeededRandom.LayoutStream);
        var (korean, koreanSpans) = Write(document.Korean, random);
        var (english, englishSpans) = Write(document.English, random);
        return new RunningTextDocument(korean, english, koreanSpans, englishSpans);
    }

    private static (string Text, List<TextSpan> Spans) Write(IReadOnlyList<string> sentences, Random random)
    {
        var text = new StringBuilder();
        var spans = new List<TextSpan>(sentences.Count);
        var left = random.Next(MinParagraph, MaxParagraph + 1);
        foreach (var sentence in sentences)
        {
            if (spans.Count > 0)
            {
                if (left == 0)
                {
                    text.Append("\n\n");
                    left = random.Next(MinParagraph, MaxParagraph + 1);
                }
                else
                {
                    text.Append(' ');
                }
            }

            spans.Add(new TextSpan(text.Length, text.Length + sentence.Length));
            text.Append(sentence);
            left--;
        }

        text.Append('\n');
        return (text.ToString(), spans);
    }
}
