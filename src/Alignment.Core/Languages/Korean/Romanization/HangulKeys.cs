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

    /// <summary>Separates the keys <see cref="SyllableKeys"/> writes.</summary>
    public const char KeySeparator = '|';

    /// <summary>The most symbols one syllable's key has (hwaeng: HWENK), with room to spare; a buffer for <see cref="SyllableKeys"/> needs twice this a syllable, plus one.</summary>
    public const int MaximumFragment = 8;
    private const char FirstSyllable = '\uAC00';

    private static readonly Tuple<string, string>?[] Alones = new Tuple<string, string>?['\uD7A3' - FirstSyllable + 1];
    private static readonly SyllableFragment?[] Fragments = new SyllableFragment?['\uD7A3' - FirstSyllable + 1];

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

    /// <summary>
    /// The keys of the word romanized syllable by syllable in RR only, with and without the eu of consonant clusters:
    /// how a loanword is spelled (브리스톨 beu.ri.seu.tol, Bristol). Nearly the keys of reading the joined syllables (an r
    /// before w is kept: 브뤼셀 POLWISEL), put together without allocating from each syllable's key worked out once:
    /// the aligner keys every word of every sentence the lexicon does not know.
    /// </summary>
    /// <returns>The length written to <paramref name="keys"/>: the keys, separated by <see cref="KeySeparator"/>.</returns>
    public static int SyllableKeys(ReadOnlySpan<char> hangul, Span<char> keys)
    {
        // The key with every eu kept, then the one without the epenthetic ones, each at most 8 symbols a syllable.
        var dropped = keys[(hangul.Length * MaximumFragment)..];
        int plainLength = 0, droppedLength = 0;
        var anyDropped = false;
        for (var k = 0; k < hangul.Length; k++)
        {
            var syllable = Fragment(hangul[k]);

            // The eu of a syllable without a final drops before a consonant or at the end, as in the joined reading.
            var drop = syllable.Dropped is not null && (syllable.EuBeforeFinal || k + 1 == hangul.Length || Fragment(hangul[k + 1]).StartsWithConsonant);
            anyDropped |= drop;
            plainLength = Append(keys, plainLength, syllable.Plain);
            droppedLength = Append(dropped, droppedLength, drop ? syllable.Dropped! : syllable.Plain);
        }

        if (!anyDropped || droppedLength == 0 || dropped[..droppedLength].SequenceEqual(keys[..plainLength]))
        {
            return plainLength;
        }

        keys[plainLength] = KeySeparator;
        dropped[..droppedLength].CopyTo(keys[(plainLength + 1)..]);
        return plainLength + 1 + droppedLength;
    }

    // Appends a syllable's key, counting a symbol doubled across the join once, as whole keys do.
    private static int Append(Span<char> key, int length, string symbols)
    {
        foreach (var c in symbols)
        {
            if (length == 0 || key[length - 1] != c)
            {
                key[length++] = c;
            }
        }

        return length;
    }

    private static SyllableFragment Fragment(char c)
    {
        var index = c - FirstSyllable;
        if (index < 0 || index >= Fragments.Length)
        {
            return SyllableFragment.Of(Romanized(c).Revised);
        }

        return Fragments[index] ??= SyllableFragment.Of(Alone(c).Revised);
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
