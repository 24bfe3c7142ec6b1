using System.Text.RegularExpressions;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.title: a person's rank raised or changed: "Health Minister Lee" for 이형준 제2차관, "Chief Justice Park"
/// for 박성훈 수석부장판사, "Prime Minister Serikbayev" for a 장관. Only where the Korean sentence gives someone a
/// title (Korean/titles.txt) and none of those the English rank allows (English/title-ranks.txt).
/// </summary>
public sealed partial class TitleCheck : ICheck
{
    private static readonly (string[] Words, string[] Korean)[] Ranks = [.. Languages.DataFile.ReadLines("English/title-ranks.txt")
        .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
        .Select(p => (p[0].Split(' '), p[1..]))];

    private static readonly string[] KoreanTitles = [.. Languages.DataFile.ReadLines("Korean/titles.txt")];

    public string Id => "accuracy.title";

    public string Description => "A person's title in the English is a rank the source does not give.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var korean = string.Join(" ", bead.SourceIds.Select(i => context.Source.Sentences[i].Text));
            if (!KoreanTitles.Any(t => korean.Contains(t, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var sentence in bead.TargetIds.Select(i => context.Target.Sentences[i]))
            {
                foreach (Match m in TitleBeforeName().Matches(sentence.Text))
                {
                    var words = m.Groups["title"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var rank = Ranks.FirstOrDefault(r => r.Words.All(words.Contains));
                    if (rank.Words is null || rank.Korean.Any(k => korean.Contains(k, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var given = Ranks.FirstOrDefault(r => r.Korean.Any(k => Whole(korean, k)));
                    var expected = given.Words;
                    var rankText = m.Groups["rank"];
                    var title = SourceTitle(context, bead, given.Korean ?? KoreanTitles);
                    yield return context.NewFinding(index, Id, Severity.Major, $"'{m.Groups["title"].Value}' is a rank the source does not give this person{(expected is null ? "." : $" (it says {string.Join(' ', expected)}).")}") with
                    {
                        SourceStart = title?.Start,
                        SourceEnd = title?.End,
                        TargetStart = sentence.Start + rankText.Index,
                        TargetEnd = sentence.Start + rankText.Index + rankText.Length,
                        Found = rankText.Value,
                        Expected = expected is null ? string.Empty : string.Join(' ', expected),
                    };
                }
            }
        }
    }

    // Where the source gives the title, to show the reviewer: the first of the titles found in the bead's Korean.
    private static (int Start, int End)? SourceTitle(DocumentContext context, Alignment.Bead bead, IEnumerable<string> titles)
    {
        foreach (var sentence in bead.SourceIds.Select(i => context.Source.Sentences[i]))
        {
            var found = titles.Select(t => (Title: t, At: sentence.Text.IndexOf(t, StringComparison.Ordinal))).Where(f => f.At >= 0)
                .OrderBy(f => f.At).ThenByDescending(f => f.Title.Length).FirstOrDefault();
            if (found.Title is not null)
            {
                // The whole word the title stands in, without its particles: 수석부장판사 of 수석부장판사는.
                var (text, start, end) = (context.Source.Text, sentence.Start + found.At, sentence.Start + found.At + found.Title.Length);
                while (start > sentence.Start && Text.Scripts.IsHangulSyllable(text[start - 1]))
                {
                    start--;
                }

                var wordEnd = end;
                while (wordEnd < sentence.End && Text.Scripts.IsHangulSyllable(text[wordEnd]))
                {
                    wordEnd++;
                }

                while (end < wordEnd && !context.SourceProfile.IsSuffix(text.AsSpan(end, wordEnd - end)))
                {
                    end++;
                }

                return (start, end);
            }
        }

        return null;
    }

    // A title standing as a word of its own (장관은, 차관 ), not inside a longer one (the 부장 of 수석부장판사).
    private static bool Whole(string korean, string title)
    {
        for (var at = korean.IndexOf(title, StringComparison.Ordinal); at >= 0; at = korean.IndexOf(title, at + 1, StringComparison.Ordinal))
        {
            var end = at + title.Length;
            if (end == korean.Length || !Text.Scripts.IsHangulSyllable(korean[end]) || "은는이가과와의을를도에".Contains(korean[end], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised title that ends in a rank word, right before a capitalised name: "Kazakh Prime Minister Aidan".
    [GeneratedRegex(@"(?<title>(?:\b[A-Z][a-z]+\s){0,4}?(?<rank>(?:(?:Vice|Deputy|Prime)\s)?(?:Minister|Justice|President)))\s(?=[A-Z][a-z])")]
    private static partial Regex TitleBeforeName();
}
