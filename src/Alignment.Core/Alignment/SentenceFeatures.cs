namespace Alignment.Core.Alignment;

/// <summary>What the aligner sees of a sentence: its length and its lexical anchors as document-local ids, and its lexicon entries.</summary>
internal sealed record SentenceFeatures(int Length, int[] Anchors, int[] StrongAnchors, int[] Words, int Paragraph);
