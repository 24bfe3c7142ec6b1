using System.Text.RegularExpressions;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Checks.Accuracy.Polarity;

/// <summary>
/// Polarity words tied to what moved: where a sentence goes both ways, or has more words on an axis on one side, the
/// counts compare nothing, but the thing each word is about still does. 원자재 가격 상승 is about prices (가격), and
/// "falling raw material prices" is too: a word the other way about the same thing, with no word of the Korean's way
/// about it anywhere in the English, is reversed.
/// </summary>
internal static partial class AnchoredPolarity
{
    // The Korean thing is the two words before its polarity word (원자재 가격 상승, 수출이 늘었다); the English one
    // the three words either side within its clause ("falling raw material prices", "prices fell sharply").
    private const int KoreanWords = 2;
    private const int EnglishWords = 3;

    public static (PolarityWord Said, PolarityWord Found)? Reversed(Lexicon lexicon, string korean, string english, List<PolarityWord> source, List<PolarityWord> target)
    {
        foreach (var said in source.Where(k => k.Sign is 1 or -1))
        {
            var things = Before(korean, said.Start, lexicon);
            if (things.Count == 0)
            {
                continue;
            }

            // An English word the other way that a Korean word its own way is about too (가결 for "passed" beside
            // 반대에도) is that word's rendering, not this one's reversal.
            var about = target.Where(e => e.Sign is 1 or -1 && Around(english, e, lexicon).Overlaps(things)).ToList();
            if (about.Count > 0 && about.All(e => e.Sign != said.Sign)
                && !source.Exists(k => k.Sign == about[0].Sign && Before(korean, k.Start, lexicon).Overlaps(Around(english, about[0], lexicon))))
            {
                return (said, about[0]);
            }
        }

        return null;
    }

    // The English words the lexicon gives the Korean words just before a polarity word, within its clause.
    private static HashSet<int> Before(string text, int start, Lexicon lexicon)
    {
        var from = start;
        for (var n = 0; n < KoreanWords && from > 0; n++)
        {
            var space = text.LastIndexOf(' ', Math.Max(0, from - 2));
            if (space < 0 || text.AsSpan(space, from - space).IndexOfAny(",.…·") >= 0)
            {
                from = space < 0 ? 0 : from;
                break;
            }

            from = space + 1;
        }

        var entries = new HashSet<int>();
        lexicon.AddSourceIds(text.AsSpan(from, start - from), entries);
        return [.. entries.SelectMany(lexicon.WordsOf)];
    }

    // The lexicon's words among the English words either side of a polarity word.
    private static HashSet<int> Around(string text, PolarityWord word, Lexicon lexicon)
    {
        // Within the clause: "rose 3 percent, while exports fell" is not about exports rising.
        var left = text[Math.Max(0, word.Start - 60)..word.Start];
        var right = text[word.End..Math.Min(text.Length, word.End + 60)];
        left = left[(left.LastIndexOfAny([',', ';', ':']) + 1)..];
        right = right.IndexOfAny([',', ';', ':']) is var stop and >= 0 ? right[..stop] : right;
        var before = Words().Matches(left).TakeLast(EnglishWords).Select(m => m.Value);
        var after = Words().Matches(right).Take(EnglishWords).Select(m => m.Value);
        var ids = new HashSet<int>();
        lexicon.AddTargetIds(string.Join(' ', before.Concat(after)), ids);
        return ids;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*")]
    private static partial Regex Words();
}
