using System.Collections.Frozen;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// Korean words made of known words (한국 + 거래소, 지방 + 고용 + 노동 + 청): institutions are named that way, and no
/// lexicon can list them all.
/// </summary>
internal static class KoreanCompounds
{
    private static readonly FrozenSet<char> Heads = DataFile.ReadLines("Korean/institution-heads.txt").Select(l => l[0]).ToFrozenSet();

    // What ends the last name of a list of places: 잠실·삼성·대치·청담동, 서울·부산·대구시.
    private static readonly FrozenSet<char> PlaceEnds = ['동', '구', '시', '군', '읍', '면', '리', '로', '길'];

    /// <summary>
    /// The lengths of the known words a word is made of, longest first part first, or null when it is not made so.
    /// The last part may be a one-syllable institution head (청, 부, 처), or one with its chief's 장 (청장).
    /// </summary>
    public static List<int>? Parts(Lexicon lexicon, ReadOnlySpan<char> word) => Parts(lexicon, word, wordsOnly: true) ?? Parts(lexicon, word, wordsOnly: false);

    // Words of the language first: 조선해양플랜트협회 is the gazetteer's name of an association, but the parts a
    // romanization follows are 조선, 해양, 플랜트 and 협회. Names serve only a word no split into words explains
    // (당진 + 영덕 + 고속도로).
    private static bool Known(Lexicon lexicon, ReadOnlySpan<char> part, bool wordsOnly) =>
        wordsOnly ? lexicon.IsWord(part.ToString()) : lexicon.EnglishOf(part.ToString()) is not null;

    private static List<int>? Parts(Lexicon lexicon, ReadOnlySpan<char> word, bool wordsOnly)
    {
        for (var n = word.Length - 1; n >= 2; n--)
        {
            // A part may itself be a known word and its head (농민회 of 전국농민회총연맹).
            if (!Known(lexicon, word[..n], wordsOnly) && !(n >= 3 && Heads.Contains(word[n - 1]) && Known(lexicon, word[..(n - 1)], wordsOnly)))
            {
                continue;
            }

            if ((word.Length - n == 1 && Heads.Contains(word[n])) || (word.Length - n >= 2 && Known(lexicon, word[n..], wordsOnly)))
            {
                return [n, word.Length - n];
            }

            // The institution's chief: 방위사업청장 is 방위사업청 and its 장, as 경찰청장 and 국세청장 are.
            if (word.Length - n == 2 && Heads.Contains(word[n]) && word[n + 1] == '장')
            {
                return [n, 1, 1];
            }

            if (word.Length - n >= 3 && Parts(lexicon, word[n..], wordsOnly) is { } rest)
            {
                return [n, .. rest];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the word at [start, end) is one of a list of places joined by middle dots whose last name ends in a
    /// place noun the lexicon does not know as a word (잠실·삼성·대치·청담동 일대): then 삼성 and 대치 are
    /// neighbourhoods, not Samsung and a standoff. 육·해·공군 ends in a word (공군) and stays a list of words.
    /// </summary>
    public static bool InPlaceList(Lexicon? lexicon, SpanPredicate isSuffix, string text, int start, int end)
    {
        if (!(end < text.Length && text[end] == '·') && !(start > 0 && text[start - 1] == '·'))
        {
            return false;
        }

        var last = end;
        while (last < text.Length && (Text.Scripts.IsHangulSyllable(text[last]) || text[last] == '·'))
        {
            last++;
        }

        // The last name without its particles: 청담동에서 is 청담동.
        var first = text.LastIndexOf('·', last - 1) + 1;
        for (var stop = last; stop - first >= 2; stop--)
        {
            if (isSuffix(text.AsSpan(stop, last - stop)) && PlaceEnds.Contains(text[stop - 1]))
            {
                return lexicon?.EnglishOf(text[first..stop]) is null;
            }
        }

        return false;
    }
}
