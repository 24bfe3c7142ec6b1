using System.Runtime.CompilerServices;
namespace Alignment.Core.Languages.Lexicons;

/// <summary>
/// A deliberately crude suffix stripper: it only has to map "increased", "increases" and "increase" to one key,
/// the same way on both sides of the lexicon, not to produce linguistic stems.
/// </summary>
public static class EnglishStemmer
{
    /// <summary>Words this long or shorter are stemmed on the stack.</summary>
    public const int StackLength = 64;

    public static string Stem(ReadOnlySpan<char> word)
    {
        // A "word" can be any run of letters a file holds: only short ones go on the stack.
        Span<char> buffer = word.Length <= StackLength ? stackalloc char[StackLength] : new char[word.Length];
        return buffer[..Stem(word, buffer)].ToString();
    }

    /// <summary>
    /// Writes the stem of <paramref name="word"/> to <paramref name="destination"/> (at least as long as the word)
    /// and returns its length: the lexicon looks stems up without making a string of each word of a text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        var s = destination[..word.ToLowerInvariant(destination)];
        if (s.EndsWith("'s") || s.EndsWith("’s"))
        {
            s = s[..^2];
        }

        if (s.Length > 4 && s.EndsWith("ies"))
        {
            s[^3] = 'y';
            return s.Length - 2;
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
            s[^3] = 'y';
            return s.Length - 2;
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

        return s.Length;
    }
}
