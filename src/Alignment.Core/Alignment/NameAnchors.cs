using System.Runtime.CompilerServices;
using Alignment.Core.Languages;
using Alignment.Core.Languages.Lexicons;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Alignment;

/// <summary>
/// Names as alignment evidence: Korean words the lexicon does not know (mostly names: 오현규, 라브로프) and
/// capitalised English words and runs (Oh Hyeon-gyu, Lavrov) meet when their sound keys are equal.
/// </summary>
internal static class NameAnchors
{
    private const int MinimumKey = 4;
    private const int LongestStem = 6;

    /// <summary>
    /// The keys of every name the target text may hold. The source side keys far more words than the target has
    /// names (every word the lexicon does not know), so it keeps only the keys found here.
    /// </summary>
    public static HashSet<string> TargetKeys(SegmentedText target, ILanguageProfile profile, Lexicon? lexicon)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in target.Sentences)
        {
            foreach (var phrase in Phrases(sentence.Text, lexicon))
            {
                foreach (var key in profile.PhoneticKeys(phrase))
                {
                    if (key.Length >= MinimumKey)
                    {
                        keys.Add(key);
                    }

                    if (NameSkeleton.Of(key) is { } skeleton)
                    {
                        keys.Add(skeleton);
                    }
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// Adds the keys of the source sentence's words that the target has. A word whose context says it may be a name
    /// (before a title, shaped as one, spelled as a loanword with 으) is keyed in every romanization; any other word
    /// the lexicon does not know is keyed as a loanword is spelled, since foreign names mostly look like ordinary
    /// words (브리스톨 Bristol, 더반 Durban). Each stem without its particles counts (파이어리츠와 → 파이어리츠).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddSource(string text, ILanguageProfile profile, Lexicon? lexicon, HashSet<string> targetKeys, AnchorTable table, HashSet<int> anchors)
    {
        var lookup = targetKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> keys = stackalloc char[LongestStem * 20];
        Span<char> skeleton = stackalloc char[LongestStem * 20];
        var i = 0;
        while (i < text.Length)
        {
            if (!Scripts.IsHangulSyllable(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && Scripts.IsHangulSyllable(text[i]))
            {
                i++;
            }

            for (var end = i; end - start >= 2 && i - end <= 3; end--)
            {
                if (end - start > LongestStem || !profile.IsSuffix(text.AsSpan(end, i - end)))
                {
                    continue;
                }

                var known = (bool?)null;
                if (profile.MayBeName(text, start, end))
                {
                    foreach (var key in profile.PhoneticKeys(text[start..end]))
                    {
                        Find(key, lookup, skeleton, text, start, end, ref known, lexicon, table, anchors);
                    }

                    continue;
                }

                var written = keys[..profile.SpellingKeys(text.AsSpan(start, end - start), keys)];
                foreach (var range in written.Split('|'))
                {
                    Find(written[range], lookup, skeleton, text, start, end, ref known, lexicon, table, anchors);
                }
            }
        }
    }

    // The key and its skeleton, each kept where the target has it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Find(ReadOnlySpan<char> key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, Span<char> skeleton, string text, int start, int end, ref bool? known, Lexicon? lexicon, AnchorTable table, HashSet<int> anchors)
    {
        if (lookup.TryGetValue(key, out var found))
        {
            Add(found, text, start, end, ref known, lexicon, table, anchors);
        }

        var length = key.Length < skeleton.Length ? NameSkeleton.Write(key, skeleton) : 0;
        if (length > 0 && lookup.TryGetValue(skeleton[..length], out found))
        {
            Add(found, text, start, end, ref known, lexicon, table, anchors);
        }
    }

    // A key the target has; the word is looked up in the lexicon (a known word is no name) only then, as few are.
    private static void Add(string key, string text, int start, int end, ref bool? known, Lexicon? lexicon, AnchorTable table, HashSet<int> anchors)
    {
        if (!(known ??= lexicon?.EnglishOf(text[start..end]) is not null))
        {
            anchors.Add(table.Id("r:", key));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddTarget(string text, ILanguageProfile profile, Lexicon? lexicon, AnchorTable table, HashSet<int> anchors)
    {
        Span<char> skeleton = stackalloc char[128];
        foreach (var phrase in Phrases(text, lexicon))
        {
            foreach (var key in profile.PhoneticKeys(phrase))
            {
                if (key.Length >= MinimumKey && table.TryId("r:", key, upper: false, out var id))
                {
                    anchors.Add(id);
                }

                var length = key.Length < skeleton.Length ? NameSkeleton.Write(key, skeleton) : 0;
                if (length > 0 && table.TryId("r:", skeleton[..length], upper: false, out id))
                {
                    anchors.Add(id);
                }
            }
        }
    }

    // Capitalised words the lexicon does not know (The, North, President are not names) alone, and runs of two or
    // three that belong together ("Oh Hyeon-gyu").
    private static IEnumerable<string> Phrases(string text, Lexicon? lexicon)
    {
        var words = Capitalised(text).Where(w => !(lexicon?.KnowsEnglish(w.Text) ?? false)).ToList();
        for (var w = 0; w < words.Count; w++)
        {
            var phrase = words[w].Text;
            yield return phrase;
            for (var n = 1; n < 3 && w + n < words.Count && words[w + n].Start - words[w + n - 1].End == 1; n++)
            {
                phrase += " " + words[w + n].Text;
                yield return phrase;
            }
        }
    }

    private static IEnumerable<(string Text, int Start, int End)> Capitalised(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))))
            {
                i++;
            }

            if (i - start >= 2)
            {
                yield return (text[start..i], start, i);
            }
            else
            {
                i = Math.Max(i, start + 1);
            }
        }
    }
}
