using System.Text;
using Alignment.Eval.Beads;
using Alignment.Eval.Perturbation;

namespace Alignment.Eval.RunningText;

/// <summary>
/// Writes a document's sentences as a story would carry them: joined by spaces, with a blank line after every 4 to 6
/// gold beads (drawn from the layout seed). The break falls at the same place on both sides, as translations keep
/// paragraphs, so a merge never straddles one. The tool then has to find the sentences itself. With a wrap width,
/// both sides are then hard-wrapped at it (<see cref="LineWrapper"/>), as wire copy and e-mail arrive.
/// </summary>
public sealed class RunningTextWriter(int seed, int wrapWidth = 0)
{
    public const int MinParagraph = 4;
    public const int MaxParagraph = 6;

    public RunningTextDocument Write(PerturbedDocument document)
    {
        var random = SeededRandom.For(seed, document.Index, SeededRandom.LayoutStream);
        var korean = new Side(document.Korean);
        var english = new Side(document.English);
        var left = random.Next(MinParagraph, MaxParagraph + 1);
        foreach (var bead in document.Gold)
        {
            korean.Append(bead.Korean);
            english.Append(bead.English);
            if (--left == 0)
            {
                korean.BreakPending = english.BreakPending = true;
                left = random.Next(MinParagraph, MaxParagraph + 1);
            }
        }

        return wrapWidth > 0
            ? new RunningTextDocument(LineWrapper.Wrap(korean.Text, wrapWidth), LineWrapper.Wrap(english.Text, wrapWidth), korean.Spans, english.Spans)
            : new RunningTextDocument(korean.Text, english.Text, korean.Spans, english.Spans);
    }

    private sealed class Side(IReadOnlyList<string> sentences)
    {
        private readonly StringBuilder text = new();

        public List<TextSpan> Spans { get; } = new(sentences.Count);

        public bool BreakPending { get; set; }

        public string Text => text.ToString() + "\n";

        public void Append(IdRange ids)
        {
            foreach (var id in ids.Ids)
            {
                if (text.Length > 0)
                {
                    text.Append(BreakPending ? "\n\n" : " ");
                }

                BreakPending = false;
                Spans.Add(new TextSpan(text.Length, text.Length + sentences[id].Length));
                text.Append(sentences[id]);
            }
        }
    }
}
