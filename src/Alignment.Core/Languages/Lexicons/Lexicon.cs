using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using Alignment.Core.Text;

namespace Alignment.Core.Languages.Lexicons;

/// <summary>
/// A Korean-English word lexicon for alignment evidence: Korean text is mapped to entry ids, English text to word
/// ids, and the share of entries whose words the other side has says how likely two sentences translate each other.
/// </summary>
/// <remarks>
/// English is kept as words rather than entries because one English word serves many entries ("minister" is
/// listed under 장관, 총리, 차관 and more): as entries, an English sentence would claim ten times the ids of its
/// Korean source, and every overlap would look small.
/// </remarks>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, int> korean;
    private readonly string[][] englishOf;
    private readonly FrozenDictionary<string, int> english;
    private readonly int[][] wordsOf;
    private readonly bool[] common;
    private readonly bool[] isWord;
    private readonly SpanPredicate isSuffix;
    private readonly int longestKey;

    /// <param name="entries">Words of the language: their English words are ordinary English.</param>
    /// <param name="isSuffix">Whether a Korean word's rest is particles.</param>
    /// <param name="names">Proper names (the gazetteer's places and bodies): evidence like any entry, but the words
    /// they split into ("Thai Nguyen" gives thai and nguyen) are not thereby ordinary English words.</param>
    public Lexicon(IEnumerable<(string Korean, IReadOnlyList<string> English)> entries, SpanPredicate isSuffix, IEnumerable<(string Korean, IReadOnlyList<string> English)>? names = null)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var commonWords = new HashSet<int>();
        var wordEntries = new HashSet<int>();
        var entryWords = new List<SortedSet<int>>();
        var english = new List<List<string>>();
        foreach (var (ko, en, isName) in entries.Select(e => (e.Korean, e.English, false)).Concat((names ?? []).Select(e => (e.Korean, e.English, true))))
        {
            if (!keys.TryGetValue(ko, out var id))
            {
                id = keys.Count;
                keys.Add(ko, id);
                english.Add([]);
                entryWords.Add([]);
            }

            english[id].AddRange(en);
            if (!isName)
            {
                wordEntries.Add(id);
            }

            foreach (var word in en)
            {
                var stem = EnglishStemmer.Stem(word);
                if (!words.TryGetValue(stem, out var wordId))
                {
                    words[stem] = wordId = words.Count;
                }

                entryWords[id].Add(wordId);
                if (!isName)
                {
                    commonWords.Add(wordId);
                }
            }
        }

        korean = keys.ToFrozenDictionary(StringComparer.Ordinal);
        englishOf = english.Select(e => e.ToArray()).ToArray();
        this.english = words.ToFrozenDictionary(StringComparer.Ordinal);
        wordsOf = entryWords.Select(w => w.ToArray()).ToArray();
        common = [.. Enumerable.Range(0, words.Count).Select(commonWords.Contains)];
        isWord = [.. Enumerable.Range(0, keys.Count).Select(wordEntries.Contains)];
        longestKey = keys.Count == 0 ? 0 : keys.Keys.Max(k => k.Length);
        this.isSuffix = isSuffix;
    }

    public int Count => korean.Count;

    /// <summary>The number of distinct English words (as stems) over all entries; word ids run below it.</summary>
    public int WordCount => english.Count;

    /// <summary>The English word ids an entry translates to, sorted.</summary>
    public int[] WordsOf(int entry) => wordsOf[entry];

    /// <summary>Whether an English word (any inflection) is the translation of some entry: a real English word.</summary>
    public bool KnowsEnglish(ReadOnlySpan<char> word) => TryEnglish(word, out _);

    /// <summary>Whether an English word translates some entry that is not a proper name: Nguyen is known from the
    /// gazetteer's Thai Nguyen, but is no ordinary English word.</summary>
    public bool IsOrdinaryEnglish(ReadOnlySpan<char> word) => TryEnglish(word, out var id) && common[id];

    /// <summary>Whether a Korean word is an entry of the word list, not only a proper name of the gazetteer: 한국거래소
    /// has English words (korea, exchange) as a name, yet is no word of the language.</summary>
    public bool IsWord(string word) => korean.TryGetValue(word, out var id) && isWord[id];

    /// <summary>The English words listed for a Korean word, or null when it has no entry.</summary>
    public IReadOnlyList<string>? EnglishOf(string word) => korean.TryGetValue(word, out var id) ? englishOf[id] : null;

    /// <summary>
    /// Entry ids of a Korean text: each Hangul word split greedily into lexicon words, particles left over, and each
    /// Hanja character an entry of its own where the lexicon has one (北 for North Korea, 美 for the US).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddSourceIds(ReadOnlySpan<char> text, HashSet<int> ids)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!Scripts.IsHangulSyllable(text[i]))
            {
                // After a figure it is a unit, not a country: 3日 is the 3rd, not Japan.
                if (Scripts.IsHanja(text[i]) && (i == 0 || !char.IsDigit(text[i - 1])) && korean.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.Slice(i, 1), out var hanja))
                {
                    ids.Add(hanja);
                }

                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && Scripts.IsHangulSyllable(text[end]))
            {
                end++;
            }

            AddWord(text[i..end], ids);
            i = end;
        }
    }

    /// <summary>Word ids of an English text, word by word through the stemmer; see <see cref="WordsOf"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTargetIds(ReadOnlySpan<char> text, HashSet<int> ids)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || (text[end] is '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            if (TryEnglish(text[i..end], out var found))
            {
                ids.Add(found);
            }

            // A hyphenated compound (by-election, president-elect) is a lexicon word of its own as well as its parts.
            if (!IsWordChar(text, i - 1) && CompoundEnd(text, end) is var compound && compound > end
                && TryEnglish(text[i..compound], out var whole))
            {
                ids.Add(whole);
            }

            i = end;
        }
    }

    // The word id of an English word's stem, the stem worked out on the stack for any ordinary word.
    private bool TryEnglish(ReadOnlySpan<char> word, out int id)
    {
        if (word.Length > EnglishStemmer.StackLength)
        {
            return english.TryGetValue(EnglishStemmer.Stem(word), out id);
        }

        Span<char> stem = stackalloc char[EnglishStemmer.StackLength];
        return english.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem[..EnglishStemmer.Stem(word, stem)], out id);
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int at) => at >= 0 && (char.IsLetter(text[at]) || text[at] == '-');

    // Where a run of letters joined by single hyphens that starts before `end` finishes.
    private static int CompoundEnd(ReadOnlySpan<char> text, int end)
    {
        while (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWord(ReadOnlySpan<char> word, HashSet<int> ids)
    {
        var lookup = korean.GetAlternateLookup<ReadOnlySpan<char>>();
        var p = 0;
        while (p < word.Length - 1)
        {
            // A word starts with its stem: only what follows a stem can be particles. Checked first, 지지를 and
            // 도발에 would read as particles through and through and never reach 지지 (support) and 도발.
            if (p > 0 && isSuffix(word[p..]))
            {
                return;
            }

            var matched = 0;
            for (var n = Math.Min(longestKey, word.Length - p); n >= 2; n--)
            {
                if (lookup.TryGetValue(word.Slice(p, n), out var id))
                {
                    ids.Add(id);
                    matched = n;
                    break;
                }
            }

            p += matched > 0 ? matched : 1;
        }
    }
}
