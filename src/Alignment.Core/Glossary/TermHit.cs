using System.Text.RegularExpressions;
using Alignment.Core.Languages;

namespace Alignment.Core.Glossary;

/// <summary>Where a glossary entry's term was found: entry index in the glossary, the term as listed, and the span in the text.</summary>
public sealed record TermHit(int Entry, string Term, int Start, int End, string Text, string Possessive)
{
    /// <summary>The hit a term's match makes. The span is the term itself: Korean particles (에서, 는) stay outside it.</summary>
    public static TermHit Of(int entry, TermPattern pattern, Match match)
    {
        var length = match.Length - (match.Groups["suffix"].Success ? match.Groups["suffix"].Length : 0);
        var possessive = match.Groups["poss"].Success ? match.Groups["poss"].Value : string.Empty;
        return new TermHit(entry, pattern.Term, match.Index, match.Index + length, match.Value[..length], possessive);
    }
}
