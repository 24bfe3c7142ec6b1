namespace Alignment.Core.Glossary;

/// <summary>Where a glossary entry's term was found: entry index in the glossary, the term as listed, and the span in the text.</summary>
public sealed record TermHit(int Entry, string Term, int Start, int End, string Text, string Possessive);
