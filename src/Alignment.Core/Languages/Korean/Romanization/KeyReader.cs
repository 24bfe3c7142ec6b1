using System.Text;

namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>Reads normalized Latin text (see <see cref="LatinText"/>) left to right and writes its phonetic key.</summary>
internal sealed class KeyReader(string text, StringBuilder key, bool dropEpentheticEu)
{
    private int position;

    // Whether the last symbol written came from a single e, i or u, which an r after it turns into
    // a schwa (Clipper = 클리퍼 -peo); a digraph vowel keeps its sound and gains one (Blair = 블레어).
    private bool lastVowelSingle;

    public void ReadAll()
    {
        while (position < text.Length)
        {
            ReadOne();
        }
    }

    private char At(int offset) =>
        position + offset >= 0 && position + offset < text.Length ? text[position + offset] : LatinText.Boundary;

    private bool VowelAt(int offset) => LatinText.IsVowel(At(offset)) || (At(offset) == 'y' && LatinText.IsVowel(At(offset + 1)));

    private void ReadOne()
    {
        var c = At(0);
        var next = At(1);
        switch (c)
        {
            case LatinText.Boundary:
                Skip(1);
                return;
            case 't' when next == 'c' && At(2) == 'h':
                Emit("J", 3);
                return;
            case 'r' when next == 'r':
                Skip(1);
                return;
            case 'r':
                ReadR();
                return;
            case 'h' when At(-1) == 'r':
                // rh is a spelling of r (Rhee, Rhyu).
                Skip(1);
                return;
            case 'h':
                // Korean h survives only before a vowel or glide (Ahn, Oh = 안, 오).
                Emit(VowelAt(1) || next == 'w' ? "H" : "", 1);
                return;
        }

        // Matched as a pair of chars, not a two-letter string: this runs once a letter for every key.
        var (symbols, length) = (c, next) switch
        {
            ('c' or 'z', 'h') => ("J", 2),
            ('s', 'h') => ("S", 2),
            ('p', 'h') => ("P", 2),
            ('t', 'h') => ("T", 2),
            ('k' or 'g', 'h') or ('c', 'k') => ("K", 2),
            ('w', 'h') => ("W", 2),
            ('e', 'u') => (EpentheticEu() ? "" : "O", 2),
            ('e', 'o') or ('o', 'o') or ('o', 'u') => ("O", 2),
            ('a', 'e') or ('a', 'i') or ('e', 'i') => ("E", 2),
            ('a' or 'e', 'y') when !VowelAt(2) => ("E", 2),
            ('e', 'e') => ("I", 2),
            ('o', 'e') => ("WE", 2),
            _ => Single(c, next),
        };
        lastVowelSingle = length == 1 && c is 'e' or 'i' or 'u';
        Emit(symbols, length);
    }

    private static (string, int) Single(char c, char next) => c switch
    {
        'a' => ("A", 1),
        'e' => ("E", 1),
        'i' => ("I", 1),
        'o' or 'u' => ("O", 1),
        'y' => (LatinText.IsVowel(next) ? "Y" : "I", 1),
        'w' => ("W", 1),
        'b' or 'p' or 'f' or 'v' => ("P", 1),
        'g' or 'k' or 'q' => ("K", 1),
        'c' => (next is 'e' or 'i' or 'y' ? "S" : "K", 1),
        'x' => ("KS", 1),
        'd' or 't' => ("T", 1),
        'j' or 'z' => ("J", 1),
        's' => ("S", 1),
        'l' => ("L", 1),
        'm' => ("M", 1),
        'n' => ("N", 1),
        _ => ("", 1),
    };

    /// <summary>r before a vowel is a consonant; otherwise it is English spelling for a vowel quality (Carter, Clipper, Blair).</summary>
    private void ReadR()
    {
        if (VowelAt(1))
        {
            Emit("L", 1);
        }
        else if (key.Length > 0 && key[^1] is 'E' or 'I' && lastVowelSingle)
        {
            key[^1] = 'O';
            Skip(1);
        }
        else if (key.Length > 0 && key[^1] is 'E' or 'I')
        {
            Emit("O", 1);
        }
        else
        {
            Emit(key.Length > 0 && key[^1] is 'A' or 'O' ? "" : "L", 1);
        }
    }

    /// <summary>An eu after a consonant of its own syllable and before a consonant or the end: 트 in 트럼프, 클 in 클리퍼.</summary>
    private bool EpentheticEu()
    {
        if (!dropEpentheticEu || !LatinText.IsConsonant(At(-1)))
        {
            return false;
        }

        var after = At(2);
        return LatinText.IsConsonant(after) || (after == LatinText.Boundary && !LatinText.IsVowel(At(3)) && At(3) != 'y');
    }

    private void Emit(string symbols, int length)
    {
        key.Append(symbols);
        Skip(length);
    }

    private void Skip(int length) => position += length;
}
