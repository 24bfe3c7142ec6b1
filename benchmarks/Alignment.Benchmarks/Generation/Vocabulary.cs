using System.Text;

namespace Alignment.Benchmarks.Generation;

/// <summary>
/// Invented words for one language, drawn with a skewed (roughly Zipfian) frequency so a few words recur often,
/// as function words and names do in news.
/// </summary>
public sealed class Vocabulary
{
    // Jamo indices of the consonants and vowels news text uses most (ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅎ; ㅏㅐㅓㅔㅗㅜㅡㅣ; ㄱㄴㄹㅁㅂㅇ).
    private static readonly int[] CommonInitials = [0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 18];
    private static readonly int[] CommonMedials = [0, 1, 4, 5, 8, 13, 18, 20];
    private static readonly int[] CommonFinals = [1, 4, 8, 16, 17, 21];

    private readonly string[] words;

    private Vocabulary(string[] words) => this.words = words;

    public string Next(Random random) => words[(int)(words.Length * Math.Pow(random.NextDouble(), 2.5))];

    /// <summary>Words of 1-4 Hangul syllables built from real jamo, so they look and measure like Korean.</summary>
    public static Vocabulary Korean(Random random, int size) => new(Build(size, () =>
    {
        var word = new StringBuilder();
        var syllables = 1 + random.Next(4);
        for (var s = 0; s < syllables; s++)
        {
            int initial = CommonInitials[random.Next(CommonInitials.Length)], medial = CommonMedials[random.Next(CommonMedials.Length)];
            var final = random.Next(3) == 0 ? CommonFinals[random.Next(CommonFinals.Length)] : 0;
            word.Append((char)(0xAC00 + (((initial * 21) + medial) * 28) + final));
        }

        return word.ToString();
    }));

    /// <summary>Lower-case words of 1-4 consonant-vowel syllables, the short ones frequent, the long ones rare.</summary>
    public static Vocabulary English(Random random, int size)
    {
        const string consonants = "bcdfghklmnprstvwz";
        const string vowels = "aeiouy";
        return new Vocabulary(Build(size, () =>
        {
            var word = new StringBuilder();
            var syllables = 1 + (int)(4 * Math.Pow(random.NextDouble(), 1.5));
            for (var s = 0; s < syllables; s++)
            {
                word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
                if (random.Next(3) == 0)
                {
                    word.Append(consonants[random.Next(consonants.Length)]);
                }
            }

            return word.ToString();
        }).OrderBy(w => w.Length).ToArray());
    }

    private static string[] Build(int size, Func<string> make)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (set.Count < size)
        {
            set.Add(make());
        }

        return set.Order(StringComparer.Ordinal).ToArray();
    }
}
