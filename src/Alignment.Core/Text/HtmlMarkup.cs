using System.Text.RegularExpressions;

namespace Alignment.Core.Text;

/// <summary>
/// HTML markup in a story (a page pasted in, machine translation run on HTML): block tags become paragraph breaks,
/// &lt;br&gt; a line break, other tags and comments nothing. Only a text with block tags on at least two lines or
/// paragraphs is read so, so that "a &lt; b" or an "&lt;Opinion&gt;" label in plain copy stay text.
/// </summary>
internal static partial class HtmlMarkup
{
    private const int MinimumBlockTags = 2;

    public static bool IsMarkedUp(string text) => text.Contains('<') && BlockTag().Count(text) >= MinimumBlockTags;

    /// <summary>
    /// What the tag or comment starting at <paramref name="at"/> reads as, and its length; null when none starts there.
    /// With <paramref name="keepLines"/> a break is read as a space.
    /// </summary>
    public static (string Text, int Length)? At(string text, int at, bool keepLines)
    {
        var m = Tag().Match(text, at);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value.ToLowerInvariant();
        var reads = name switch
        {
            "br" => "\n",
            "p" or "div" or "li" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "tr" or "table"
                or "blockquote" or "section" or "article" or "header" or "footer" => "\n\n",
            _ => string.Empty,
        };
        return (keepLines && reads.Length > 0 ? " " : reads, m.Length);
    }

    [GeneratedRegex(@"<(?:p|div|br|li|h[1-6])\b[^<>]{0,300}>|</(?:p|div|li|h[1-6])>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    // Bounded, so a comment left open cannot make each later "<!--" read to the end of the text.
    [GeneratedRegex(@"\G(?:<!--.{0,2000}?-->|</?(?<name>[a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,500}/?>)", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
