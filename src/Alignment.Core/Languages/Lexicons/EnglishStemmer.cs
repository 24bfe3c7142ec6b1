using System.Runtime.CompilerServices;
namespace Alignment.Core.Languages.Lexicons;

/// <summary>
/// A deliberately crude suffix stripper: it only has to map "increased", "increases" and "increase" to one key,
/// the same way on both sides of the lexicon, not to produce linguistic stems.
/// </summary>
public static class EnglishStemmer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> w = stackalloc char[word.Length];
        var n = word.ToLowerInvariant(w);
        var s = w[..n];
        if (s.EndsWith("'s") || s.EndsWith("’s"))
        {
            s = s[..^2];
        }

        if (s.Length > 4 && s.EndsWith("ies"))
        {
            return string.Concat(s[..^3], "y");
        }

        if (s.Length > 4 && (s.EndsWith("ches") || s.EndsWith("shes") || s.EndsWith("sses") || s.EndsWith("xes")))
        {
            s = s[..^2];
        }
        else if (s.Length > 3 && s[^1] == 's' && s[^2] != 's' && s[^2] != 'u' && s[^2] != 'i')
        {
            s = s[..^1];
        }

        if (s.Length > 4 && s.EndsWith("ied"))
        {
            return string.Concat(s[..^3], "y");
        }

        if (s.Length > 4 && s.EndsWith("eed"))
        {
            // agreed → agree, guaranteed → guarantee
            s = s[..^1];
        }
        else if (s.Length > 4 && s.EndsWith("ed"))
        {
            s = s[..^2];
        }
        else if (s.Length > 5 && s.EndsWith("ing"))
        {
            s = s[..^3];
        }
        else if (s.Length > 5 && s.EndsWith("ly"))
        {
            s = s[..^2];
        }

        if (s.Length > 3 && s[^1] == 'e' && s[^2] != 'e')
        {
            s = s[..^1];
        }

        if (s.Length > 3 && s[^1] == s[^2] && !"aeiou".Contains(s[^1]))
        {
            s = s[..^1];
        }

        return s.ToString();
    }
}
