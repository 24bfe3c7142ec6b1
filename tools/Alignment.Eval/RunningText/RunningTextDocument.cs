namespace Alignment.Eval.RunningText;

/// <summary>A document written as paragraphs, with where each gold sentence landed on each side.</summary>
public sealed record RunningTextDocument(string Korean, string English, IReadOnlyList<TextSpan> KoreanSpans, IReadOnlyList<TextSpan> EnglishSpans);
