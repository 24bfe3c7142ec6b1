namespace Alignment.Core.Alignment;

/// <summary>What the aligner sees of a sentence: its length and its lexical anchors as document-local ids, and its lexicon entries.</summary>
internal sealed record SentenceFeatures(int Length, int[] Anchors, int[] StrongAnchors, int[] Words, int Paragraph)
{
    /// <summary>The days of the month the sentence names (27일), each with its number's anchor id.</summary>
    public (int Day, int Anchor)[] Days { get; init; } = [];

    /// <summary>How many sentences the segment holds: more than one where a line of one-a-line input was never split.</summary>
    public int Sentences { get; init; } = 1;

    /// <summary>The weekdays the sentence names, Monday 1 to Sunday 7.</summary>
    public int[] Weekdays { get; init; } = [];
}
