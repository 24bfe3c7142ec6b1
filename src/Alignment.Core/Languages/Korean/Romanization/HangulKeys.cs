namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// The phonetic keys of every way a Hangul word is commonly romanized: RR and MR as running text and
/// syllable by syllable (names skip sound changes: 석열 Suk-yeol, not Seogyeol), conventional surname
/// spellings (이 Lee), each with and without the eu Korean inserts into foreign consonant clusters.
/// </summary>
internal static class HangulKeys
{
    private const string Syllable = ".";
    private const int LongestName = 4;
    private const char FirstSyllable = '\uAC00';

    private static readonly Tuple<string, string>?[] Alones = new Tuple<string, string>?['\uD7A3' - FirstSyllable + 1];

    public static IReadOnlyList<string> Of(string hangul)
    {
        var forms = new List<string>
        {
            RevisedRomanizer.Default.Romanize(hangul, RomanizationMode.Word, Syllable),
            McCuneReischauerRomanizer.Default.Romanize(hangul, RomanizationMode.Word, Syllable),
        };
        var syllables = SyllableBySyllable(hangul);
        forms.AddRange(syllables);
        forms.AddRange(SurnameForms(hangul, syllables));

        // Forms often repeat each other (RR word and syllables agree when no sound changes); each is keyed once.
        var keys = new List<string>();
        for (var f = 0; f < forms.Count; f++)
        {
            if (forms.IndexOf(forms[f], 0, f) < 0)
            {
                PhoneticKey.AddBoth(forms[f], keys);
            }
        }

        return keys;
    }

    private static string[] SyllableBySyllable(string hangul)
    {
        var rr = new List<string>();
        var mr = new List<string>();
        foreach (var c in hangul)
        {
            var (revised, mccune) = Alone(c);
            rr.Add(revised);
            mr.Add(mccune);
        }

        return [string.Join(Syllable, rr), string.Join(Syllable, mr)];
    }

    // A syllable romanized on its own, worked out once per syllable: names repeat the same few hundred syllables, and
    // romanizing each through the whole engine was a sixth of keying a word.
    private static (string Revised, string McCune) Alone(char c)
    {
        var index = c - FirstSyllable;
        if (index < 0 || index >= Alones.Length)
        {
            return Romanized(c);
        }

        // A slot only ever holds one value, published whole as an object, so threads racing to fill it agree.
        var pair = Alones[index] ??= Romanized(c).ToTuple();
        return (pair.Item1, pair.Item2);
    }

    private static (string Revised, string McCune) Romanized(char c) =>
        (RevisedRomanizer.Default.Romanize(c.ToString(), RomanizationMode.Word, Syllable), McCuneReischauerRomanizer.Default.Romanize(c.ToString(), RomanizationMode.Word, Syllable));

    /// <summary>A short word that starts with a surname may be a name: 이재명 Lee Jae-myung.</summary>
    private static IEnumerable<string> SurnameForms(string hangul, string[] syllableForms)
    {
        var trimmed = hangul.Trim();
        if (trimmed.Length is 0 or > LongestName || Hangul.SyllableRunLength(trimmed) != trimmed.Length)
        {
            yield break;
        }

        foreach (var spelling in ConventionalSurnames.Of(trimmed[0]))
        {
            foreach (var form in syllableForms)
            {
                // The syllable-by-syllable forms start with the surname's own syllable, then a separator.
                var given = form.IndexOf(Syllable, StringComparison.Ordinal);
                yield return given < 0 ? spelling : spelling + form[given..];
            }
        }
    }
}
