namespace Alignment.Core.Languages;

/// <summary>A test on a piece of text, without allocating a string for it.</summary>
public delegate bool SpanPredicate(ReadOnlySpan<char> text);
