using System.Text.RegularExpressions;
using Alignment.Core.Findings;
using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.name (foreign names): a foreign person the Korean spells in Hangul whose English name has one part
/// changed: "Takuya Iwamoto" for 이와사키 다쿠야. The English name is found by the part it gets right (Takuya for
/// 다쿠야); the part beside it in the Korean (이와사키) that no English word sounds like, and the part of the English
/// name that sounds like no Korean word of the sentence (Iwamoto), are the one name changed into another.
/// PersonNameCheck does this for Korean names, whose romanization is known.
/// </summary>
public sealed partial class ForeignNameCheck : ICheck
{
    private const double MinimumScore = 0.2;

    // The part got right must sound the same; the changed part must sound like nothing of the Korean. The matcher
    // gives another person's name up to about 0.5 (Iwamoto for 이와사키 0.43) and a fair variant 0.6 or more
    // (Rice for 라이스, Whitmore for 휘트모어).
    private const double Same = 0.85;
    private const double Answers = 0.55;

    // The cheap spelling keys must come this near before the full matcher is asked whether a part is the same.
    private const double QuickSame = 0.6;

    // A part of a foreign name in Hangul, particle and all (아르마니아코스는): longer words are compounds, and the sound
    // matcher's cost grows with the syllables it reads.
    private const int LongestName = 7;

    // And the changed part must be far from the Korean part it stands for: the matcher puts a name's own spelling
    // at 0.5 even where it reads it badly (Michael for 마이클, Einstein for 아인슈타인).
    private const double Differs = 0.45;

    public string Id => "terminology.name";

    public string Description => "A person's name in the English is not the one the source gives.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var matcher = RomanizationMatcher.Default;
        bool Known(string word) => context.Lexicon?.EnglishOf(word) is not null;
        bool Ordinary(string word) => (context.Lexicon?.KnowsEnglish(word) ?? false) || (context.Lexicon?.IsOrdinaryEnglish(word.ToLowerInvariant()) ?? false);

        // Sound comparisons are the dear part: each pair of words is compared once a story.
        var sounds = new Dictionary<(string, string), double>();
        double Sounds((string Text, int Start, string[] Stems) korean, string latin)
        {
            if (!sounds.TryGetValue((korean.Text, latin), out var similarity))
            {
                sounds[(korean.Text, latin)] = similarity = korean.Stems.Max(k => matcher.Similarity(k, latin));
            }

            return similarity;
        }

        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair && b.Bead.Score >= MinimumScore))
        {
            // Cheap tests first, reading without copying: most pairs have no run of capitalised words in the English,
            // or no title in the Korean for a name to stand before.
            if (!bead.TargetIds.Any(i => NameRun().IsMatch(context.Target.Text.AsSpan(context.Target.Sentences[i].Start, context.Target.Sentences[i].End - context.Target.Sentences[i].Start)))
                || !bead.SourceIds.Any(i => HasTitle(context.Source.Text.AsSpan(context.Source.Sentences[i].Start, context.Source.Sentences[i].End - context.Source.Sentences[i].Start))))
            {
                continue;
            }

            // English first: most pairs have no run of capitalised words that are no ordinary English.
            var english = bead.TargetIds.Select(i => context.Target.Sentences[i]).SelectMany(s => NameRuns(context.Target.Text, s.Start, s.End))
                .Where(r => r.Count(w => !Ordinary(w.Text)) >= 2).ToList();
            if (english.Count == 0)
            {
                continue;
            }

            // Korean words that may be names: no lexicon word, no verb or adjective as the sentence has it; and, for
            // the name the English changes, two of them side by side before a title (이와사키 다쿠야 일본 외무상).
            var korean = bead.SourceIds.Select(i => context.Source.Sentences[i])
                .SelectMany(s => Words(context, s.Start, s.End)).Where(w => !w.Stems.Any(Known)).ToList();
            var named = new List<(string Text, int Start, string[] Stems)>();
            for (var k = 0; k + 1 < korean.Count; k++)
            {
                if (Adjacent(context.Source.Text, korean[k], korean[k + 1]) && Titled(context.Source.Text, korean[k + 1].Start))
                {
                    named.Add(korean[k]);
                    named.Add(korean[k + 1]);
                }
            }

            named = [.. named.Distinct()];
            if (named.Count < 2)
            {
                continue;
            }

            var words = english.SelectMany(r => r).Where(w => !Ordinary(w.Text)).ToList();
            foreach (var run in english)
            {
                // The part the English gets right, and the Korean word beside it that is no title.
                var right = run.Where(w => !Ordinary(w.Text)).SelectMany(w => named.Where(k => Near(context, k.Stems, w.Text, QuickSame) && Sounds(k, w.Text) >= Same).Select(k => (English: w, Korean: k))).ToList();
                if (right.Count == 0)
                {
                    continue;
                }

                var beside = right.SelectMany(r => named.Where(k => Adjacent(context.Source.Text, r.Korean, k))).Distinct()
                    .Where(k => !k.Stems.Any(PersonContext.Titles.Contains) && !words.Exists(w => Sounds(k, w.Text) >= Answers)).ToList();
                var changed = beside.Count != 1 ? [] : run.Where(w => !right.Exists(r => r.English == w) && w.Text.Length >= 3 && !Opens(context.Target.Text, w.Start) && !Ordinary(w.Text)
                    && !korean.Exists(k => Sounds(k, w.Text) >= Answers)).ToList();
                if (beside.Count != 1 || changed.Count != 1 || Sounds(beside[0], changed[0].Text) >= Differs
                    || !Titled(context.Source.Text, Math.Max(beside[0].Start, right.Max(r => r.Korean.Start))))
                {
                    continue;
                }

                var (said, found) = (beside[0], changed[0]);
                var expected = Spelled(context.Target.Text, said.Stems, matcher);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{found.Text}' is not the source's {Name(said)}{(expected.Length > 0 ? $" ({expected})" : string.Empty)}: one part of the name is changed.") with
                {
                    SourceStart = said.Start,
                    SourceEnd = said.Start + Name(said).Length,
                    TargetStart = found.Start,
                    TargetEnd = found.Start + found.Text.Length,
                    Found = found.Text,
                    Expected = expected,
                };
            }
        }
    }

    // Hangul words that may be names (no verb as the sentence has it, no long compound), each with the stems it may
    // have without a particle of up to three syllables: 외무상이 is 외무상이 or 외무상, 다쿠야 is 다쿠야 (or 다쿠 before a
    // vocative 야, which sounds like nothing).
    private static IEnumerable<(string Text, int Start, string[] Stems)> Words(DocumentContext context, int start, int end)
    {
        var text = context.Source.Text;
        foreach (Match m in HangulWords().Matches(text[start..end]))
        {
            // Not a counter after a figure (3일), nor a verb or a long compound.
            var at = start + m.Index;
            if (m.Length > LongestName || PersonSwapCheck.IsPredicate(m.Value) || (at > 0 && char.IsDigit(text[at - 1])))
            {
                continue;
            }

            var shortest = Math.Min(m.Length, Math.Max(2, m.Length - 3));
            var stems = Enumerable.Range(shortest, m.Length - shortest + 1)
                .Where(k => k == m.Length || context.SourceProfile.IsSuffix(m.ValueSpan[k..])).Select(k => m.Value[..k]).ToArray();
            yield return (m.Value, start + m.Index, stems);
        }
    }

    // A title within the three words after the name (이와사키 다쿠야 일본 외무상이): the Korean calls the words a
    // person's name, not a company's or a thing's that the English names differently.
    private static bool Titled(string text, int start)
    {
        var words = HangulWords().Matches(text.Substring(start, Math.Min(60, text.Length - start))).Take(4).Skip(1).Select(m => m.Value);
        return words.Any(w => PersonContext.Titles.Any(t => w.StartsWith(t, StringComparison.Ordinal) || w.EndsWith(t, StringComparison.Ordinal)
            || (w.Length > t.Length && w[..^1].EndsWith(t, StringComparison.Ordinal))));
    }

    // The first word of a sentence is capitalised whatever it is ("Both Mugabe and …").
    private static bool Opens(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] is '"' or '“' or '\'' or '‘' or '('))
        {
            k--;
        }

        return k < 0 || text[k] is '.' or '!' or '?' or '\n' or ':';
    }

    // A cheap first reading of the sound, by the loanword spelling keys the aligner uses, before the full matcher,
    // which reads every romanization of a word and is dear for the many words no English name answers.
    private static bool Near(DocumentContext context, string[] stems, string latin, double bar)
    {
        var target = context.TargetProfile.PhoneticKeys(latin) is [var key, ..] ? key : string.Empty;
        if (target.Length == 0)
        {
            return false;
        }

        Span<char> keys = stackalloc char[512];
        foreach (var stem in stems)
        {
            if (stem.Length > 10)
            {
                continue;
            }

            var written = keys[..context.SourceProfile.SpellingKeys(stem, keys)];
            foreach (var range in written.Split('|'))
            {
                var spelled = written[range];
                if (spelled.Length > 0 && 1 - (KeyDistance.Between(spelled, target) / Math.Max(spelled.Length, target.Length)) >= bar)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasTitle(ReadOnlySpan<char> text)
    {
        foreach (var title in PersonContext.Titles)
        {
            if (text.Contains(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The word as a name: without a one-syllable particle (이와사키가 → 이와사키).
    private static string Name((string Text, int Start, string[] Stems) word) =>
        word.Text.Length > 2 && word.Text[^1] is '은' or '는' or '이' or '가' or '을' or '를' or '의' or '와' or '과' or '도' && word.Stems.Contains(word.Text[..^1])
            ? word.Text[..^1] : word.Text;

    // Two Korean words one space apart: the family and given names of one person.
    private static bool Adjacent(string text, (string Text, int Start, string[] Stems) a, (string Text, int Start, string[] Stems) b) =>
        a.Start != b.Start && ((b.Start > a.Start && b.Start == NextWord(text, a.Start)) || (a.Start > b.Start && a.Start == NextWord(text, b.Start)));

    private static int NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && Text.Scripts.IsHangulSyllable(text[end]))
        {
            end++;
        }

        return end < text.Length && text[end] == ' ' ? end + 1 : -1;
    }

    // Runs of two or more capitalised words: a person's given and family names.
    private static IEnumerable<List<(string Text, int Start)>> NameRuns(string text, int start, int end) =>
        NameRun().Matches(text[start..end]).Select(m => CapitalWord().Matches(m.Value).Select(w => (w.Value, start + m.Index + w.Index)).ToList());

    // How the English story spells the person elsewhere (Iwasaki responded …), if it does.
    private static string Spelled(string english, string[] stems, RomanizationMatcher matcher) =>
        CapitalWord().Matches(english).Select(m => m.Value).Where(w => stems.Max(k => matcher.Similarity(k, w)) >= Same).MaxBy(w => stems.Max(k => matcher.Similarity(k, w))) ?? string.Empty;

    [GeneratedRegex(@"[가-힣]+")]
    private static partial Regex HangulWords();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)+\b")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"[A-Z][a-z]+(?:-[a-z]+)?")]
    private static partial Regex CapitalWord();
}
