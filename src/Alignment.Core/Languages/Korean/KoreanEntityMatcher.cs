using System.Collections.Frozen;
using Alignment.Core.Gazetteer;
using Alignment.Core.Text;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// Finds gazetteer entities in Korean: full names with particles (캐나다와는), joined compounds (한-캐나다, 한·미·일),
/// runs of one-syllable abbreviations (한미, 북러, 한중일동맹) and, as weak guesses, abbreviations after a prefix
/// (대북, 방미, 주한) or standing alone (미 국무부).
/// </summary>
public sealed class KoreanEntityMatcher : IEntityFinder
{
    private readonly FrozenDictionary<string, GazetteerEntry> names;
    private readonly FrozenDictionary<char, GazetteerEntry> abbreviations;
    private readonly HashSet<char> prefixes;
    private readonly HashSet<string> heads;
    private readonly (string Head, EntityKind[]? Kinds)[] placeHeads;
    private readonly string[] relationHeads;
    private readonly HashSet<string> compounds;
    private readonly HashSet<string> ambiguous;
    private readonly SpanPredicate isSuffix;

    // For each character a name starts with, the longest name starting with it: most syllables start none, and
    // the rest need only the lengths their names have.
    private readonly FrozenDictionary<char, int> longestFrom;

    public KoreanEntityMatcher(IEnumerable<GazetteerEntry> entries, SpanPredicate isSuffix)
    {
        var nameMap = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var abbreviationMap = new Dictionary<char, GazetteerEntry>();
        foreach (var entry in entries)
        {
            foreach (var form in entry.Korean)
            {
                nameMap.TryAdd(form, entry);
            }

            foreach (var abbreviation in entry.Abbreviations.Where(a => a.Length == 1))
            {
                abbreviationMap.TryAdd(abbreviation[0], entry);
            }
        }

        names = nameMap.ToFrozenDictionary(StringComparer.Ordinal);
        abbreviations = abbreviationMap.ToFrozenDictionary();
        longestFrom = nameMap.Keys.Where(k => k.Length > 0).GroupBy(k => k[0]).ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Length));
        prefixes = DataFile.ReadLines("Korean/entity-prefixes.txt").Select(l => l[0]).ToHashSet();
        heads = DataFile.ReadLines("Korean/compound-heads.txt").ToHashSet(StringComparer.Ordinal);
        placeHeads = [.. DataFile.ReadLines("Korean/place-heads.txt").Select(line => line.Split('|', StringSplitOptions.TrimEntries) is [var head, var kinds]
            ? (head, kinds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => Enum.Parse<EntityKind>(k, ignoreCase: true)).ToArray())
            : (line, (EntityKind[]?)null))];
        relationHeads = [.. DataFile.ReadLines("Korean/relation-heads.txt")];
        compounds = DataFile.ReadLines("Korean/country-compounds.txt").ToHashSet(StringComparer.Ordinal);
        ambiguous = DataFile.ReadLines("Korean/ambiguous-names.txt").ToHashSet(StringComparer.Ordinal);
        this.isSuffix = isSuffix;
    }

    public IEnumerable<EntityMention> Find(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < to && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            // 5일, 3월, 2만: a syllable glued to a number is its unit, never a country's abbreviation.
            if (start > 0 && char.IsDigit(text[start - 1]))
            {
                continue;
            }

            foreach (var mention in Word(text, start, i))
            {
                yield return mention;
            }
        }
    }

    private IEnumerable<EntityMention> Word(string text, int start, int end)
    {
        // Multi-word names first: "유엔 안전보장이사회" spans a space.
        var name = LongestName(text, start, text.Length);
        if (name is not null)
        {
            yield return name;
            if (name.End >= end)
            {
                yield break;
            }
        }

        var segments = Segments(text, start, end);
        if (segments.Count > 1)
        {
            foreach (var (s, e) in segments)
            {
                var mention = LongestName(text, s, e) ?? Abbreviation(text, s, e);
                if (mention is not null)
                {
                    yield return mention;
                }
            }

            yield break;
        }

        var any = false;
        foreach (var mention in Abbreviations(text, start, end))
        {
            any = true;
            yield return mention;
        }

        // 북태평양, 동캐나다: a name inside a longer word is a guess that may excuse the English "Pacific", "Canada".
        // After a prefix such as 주 (stationed in) or 방 (visit to), 주제네바 and 방캐나다 name the place outright.
        for (var k = start + 1; !any && name is null && k < end - 2; k++)
        {
            var inner = LongestName(text, k, end, insideWord: true);
            if (inner is not null && inner.Text.Length >= 3)
            {
                yield return k == start + 1 && prefixes.Contains(text[start]) ? inner : inner with { Strong = false };
                k = inner.End - 1;
            }
        }
    }

    private EntityMention? LongestName(string text, int start, int limit, bool insideWord = false)
    {
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        // No name is longer than the longest starting with the same character: a long run of syllables (a file's
        // junk) is not tried at every length.
        // A one-character form is a headline's hanja (北에, 中 반발), never a syllable of a longer hanja word (中企).
        for (var n = start < limit ? Math.Min(limit - start, longestFrom.GetValueOrDefault(text[start])) : 0; n >= 1; n--)
        {
            if (n == 1 && (!Scripts.IsHanja(text[start]) || (start + 1 < text.Length && Scripts.IsHanja(text[start + 1]))))
            {
                break;
            }

            if (lookup.TryGetValue(text.AsSpan(start, n), out var entry) && (insideWord || start == 0 || !IsWordChar(text[start - 1])))
            {
                var rest = start + n;
                var suffixEnd = rest;
                while (suffixEnd < text.Length && Scripts.IsHangulSyllable(text[suffixEnd]))
                {
                    suffixEnd++;
                }

                // 이라크전, 캐나다산: a noun glued on still names the country, but only as a guess; 제주국제공항,
                // 부산지법 and 대전시 name the place as surely as 제주에서, even when the bare name is also a word.
                var strong = (isSuffix(text.AsSpan(rest, suffixEnd - rest)) && !ambiguous.Contains(text[start..rest]))
                    || HasPlaceHead(text.AsSpan(rest, suffixEnd - rest), entry.Kind);
                return new EntityMention(entry, start, rest, text[start..rest], strong);
            }
        }

        return null;
    }

    private EntityMention? Abbreviation(string text, int s, int e) =>
        e - s >= 1 && abbreviations.TryGetValue(text[s], out var entry) && (e - s == 1 || isSuffix(text.AsSpan(s + 1, e - s - 1)))
            ? new EntityMention(entry, s, s + 1, text[s..(s + 1)])
            : null;

    // 한미, 북러, 한중일 (+ particles or a head noun such as 동맹, 정상회담): strong. 대북, 방미, 미 국무부: weak.
    private IEnumerable<EntityMention> Abbreviations(string text, int start, int end)
    {
        var k = start;
        while (k < end && abbreviations.ContainsKey(text[k]) && (k == start || text[k] != text[k - 1]))
        {
            k++;
        }

        while (k - start >= 2 && !compounds.Contains(text[start..k]))
        {
            k--;
        }

        var rest = text.AsSpan(k, end - k);
        if (k - start >= 2 && (isSuffix(rest) || StartsWithHead(rest)))
        {
            for (var c = start; c < k; c++)
            {
                yield return new EntityMention(abbreviations[text[c]], c, c + 1, text[c..(c + 1)]);
            }

            yield break;
        }

        if (end - start >= 2 && prefixes.Contains(text[start]) && abbreviations.TryGetValue(text[start + 1], out var after))
        {
            // Before the dealings it names, 대 and the abbreviation are that country's for sure: 대중 수출.
            var strong = text[start] == '대' && isSuffix(text.AsSpan(start + 2, end - start - 2)) && RelationFollows(text, end);
            yield return new EntityMention(after, start + 1, start + 2, text[(start + 1)..(start + 2)], Strong: strong);
        }
        else if (abbreviations.TryGetValue(text[start], out var first) && (end - start == 1 || StartsWithHead(text.AsSpan(start + 1, end - start - 1))))
        {
            yield return new EntityMention(first, start, start + 1, text[start..(start + 1)], Strong: false);
        }
    }

    // The next word starts with a noun of dealings between countries (Korean/relation-heads.txt).
    private bool RelationFollows(string text, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        var rest = text.AsSpan(next);
        foreach (var head in relationHeads)
        {
            if (rest.StartsWith(head))
            {
                return true;
            }
        }

        return false;
    }

    // A place head with nothing after it but particles: 제주국제공항에서, not 제주공항철도.
    private bool HasPlaceHead(ReadOnlySpan<char> rest, EntityKind kind)
    {
        foreach (var (head, kinds) in placeHeads)
        {
            if (rest.StartsWith(head) && isSuffix(rest[head.Length..]) && (kinds is null || Array.IndexOf(kinds, kind) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsWithHead(ReadOnlySpan<char> rest)
    {
        foreach (var head in heads)
        {
            if (rest.StartsWith(head))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(int Start, int End)> Segments(string text, int start, int end)
    {
        var segments = new List<(int, int)>();
        var s = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || IsJoiner(text[i]))
            {
                segments.Add((s, i));
                s = i + 1;
            }
        }

        return segments;
    }

    private static bool IsWordChar(char c) => Scripts.IsHangulSyllable(c) || Scripts.IsHanja(c);

    private static bool IsJoiner(char c) => c is '-' or '·' or 'ㆍ' or '‧' or '・';
}
