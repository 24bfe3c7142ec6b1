using System.Text.RegularExpressions;

namespace Alignment.Core.Languages;

/// <summary>The word boundary before a glossary term, checked after the match so the pattern can start with a literal.</summary>
public static class TermBoundary
{
    public static bool StartsWord(string text, Match match) => match.Index == 0 || !char.IsLetterOrDigit(text[match.Index - 1]);
}
