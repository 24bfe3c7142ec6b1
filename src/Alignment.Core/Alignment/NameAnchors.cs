using System.Runtime.CompilerServices;
using Alignment.Core.Languages;
using Alignment.Core.Languages.Lexicons;
using Alignment.Core.Text;

namespace Alignment.Core.Alignment;

/// <summary>
/// Names as alignment evidence: Korean words the lexicon does not know (mostly names: 오현규, 라브로프) and
/// capitalised English words and runs (Oh Hyeon-gyu, Lavrov) meet when their sound keys are equal.
/// </summary>
internal static class NameAnchors
{
    private const int MinimumKey = 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddSource(string text, ILanguageProfile profile, Lexicon? lexicon, AnchorTable table, HashSet<int> anchors)
    {
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

            // The word without its particles (오현규는 → 오현규), when its context says it may be a name.
            for (var end = i; end - start >= 2 && i - end <= 3; end--)
            {
                if (end - start <= 6 && profile.IsSuffix(text.AsSpan(end, i - end)) && profile.MayBeName(text, start, end))
                {
                    AddWord(text[start..end], profile, lexicon, table, anchors);
                    break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddWord(string word, ILanguageProfile profile, Lexicon? lexicon, AnchorTable table, HashSet<int> anchors)
    {
        if (word.Length < 2 || lexicon?.EnglishOf(word) is not null)
        {
            return;
        }

        foreach (var key in profile.PhoneticKeys(word).Where(k => k.Length >= MinimumKey))
        {
            anchors.Add(table.Id("r:", key));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddTarget(string text, ILanguageProfile profile, Lexicon? lexicon, AnchorTable table, HashSet<int> anchors)
    {
        // Words the lexicon knows (The, North, President) are not names; skipping them keeps this cheap.
        var words = Capitalised(text).Where(w => !(lexicon?.KnowsEnglish(w.Text) ?? false)).ToList();
        for (var w = 0; w < words.Count; w++)
        {
            // A word alone, and runs of two or three that belong together ("Oh Hyeon-gyu").
            var phrase = words[w].Text;
            for (var n = 0; n < 3 && w + n < words.Count; n++)
            {
                if (n > 0)
                {
                    if (words[w + n].Start - words[w + n - 1].End != 1)
                    {
                        break;
                    }

                    phrase += " " + words[w + n].Text;
                }

                foreach (var key in profile.PhoneticKeys(phrase))
                {
                    if (key.Length >= MinimumKey && table.TryId("r:", key, upper: false, out var id))
                    {
                        anchors.Add(id);
                    }
                }
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
