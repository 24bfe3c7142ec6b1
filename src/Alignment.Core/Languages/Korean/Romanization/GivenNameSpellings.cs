namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// Whether Latin letters spell a Korean given name: one spelling per jamo, in order, from the usual spellings of each
/// (Korean/given-name-spellings.txt). Stricter than the phonetic key, which forgives vowels so that loanwords meet
/// their English source: 준영 and "Jin-young" sound alike to it, but no one spells 준 "jin".
/// </summary>
internal sealed class GivenNameSpellings
{
    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private const string Vowels = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private const string Finals = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    private readonly string[][] initials = new string[Initials.Length][];
    private readonly string[][] vowels = new string[Vowels.Length][];
    private readonly string[][] finals = new string[Finals.Length][];
    private readonly Dictionary<char, string[]> syllables = [];
    private readonly string[]?[] open = new string[Vowels.Length][];

    // Every syllable's spellings, worked out once: names are checked against every capitalised word of a story.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<char, string[]> cache = new();

    private GivenNameSpellings(IEnumerable<string> lines)
    {
        finals[0] = [string.Empty];
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var spellings = parts[2..].Select(p => p == "-" ? string.Empty : p).ToArray();
            var jamo = parts[1][0];
            _ = parts[0] switch
            {
                "initial" => initials[Initials.IndexOf(jamo, StringComparison.Ordinal)] = spellings,
                "vowel" => vowels[Vowels.IndexOf(jamo, StringComparison.Ordinal)] = spellings,
                "final" => finals[Finals.IndexOf(jamo, StringComparison.Ordinal)] = spellings,
                "open" => open[Vowels.IndexOf(jamo, StringComparison.Ordinal)] = spellings,
                "syllable" => syllables[jamo] = spellings,
                _ => throw new InvalidOperationException($"given-name-spellings.txt: unknown line '{line}'."),
            };
        }
    }

    public static GivenNameSpellings Instance { get; } = new(DataFile.ReadLines("Korean/given-name-spellings.txt"));

    /// <summary>Whether <paramref name="latin"/> (hyphens, spaces and case ignored) spells <paramref name="hangul"/>.</summary>
    public bool Spells(string hangul, string latin) =>
        answers.Count < MaxAnswers ? answers.GetOrAdd((hangul, latin), static (key, self) => self.Compute(key.Hangul, key.Latin), this) : Compute(hangul, latin);

    // A story compares every English name with every Korean one, and the same pairs come back; a corpus run keeps
    // at most this many answers.
    private const int MaxAnswers = 200_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Hangul, string Latin), bool> answers = new();

    private bool Compute(string hangul, string latin)
    {
        var letters = new string(latin.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        var options = new List<string[]>(hangul.Length);
        foreach (var c in hangul)
        {
            if (!Hangul.TryDecompose(c, out var syllable))
            {
                return false;
            }

            options.Add(cache.GetOrAdd(c, static (ch, self) => self.Of(ch, Hangul.Decompose(ch)), this));
        }

        return Matches(letters, 0, options, 0);
    }

    private static bool Matches(string letters, int at, List<string[]> options, int syllable)
    {
        if (syllable == options.Count)
        {
            return at == letters.Length;
        }

        foreach (var spelling in options[syllable])
        {
            if (string.CompareOrdinal(letters, at, spelling, 0, spelling.Length) == 0 && at + spelling.Length <= letters.Length
                && Matches(letters, at + spelling.Length, options, syllable + 1))
            {
                return true;
            }
        }

        return false;
    }

    // Every spelling of one syllable: each initial's with each vowel's with each final's, and the syllable's own.
    private string[] Of(char c, HangulSyllable s)
    {
        var spellings = new List<string>();
        foreach (var initial in initials[s.Initial] ?? [string.Empty])
        {
            foreach (var vowel in (s.Final == 0 ? open[s.Medial] : null) ?? vowels[s.Medial] ?? [string.Empty])
            {
                foreach (var final in finals[s.Final] ?? [string.Empty])
                {
                    spellings.Add(initial + vowel + final);
                }
            }
        }

        return syllables.TryGetValue(c, out var own) ? [.. spellings, .. own] : [.. spellings];
    }
}
