using Alignment.Core.Checks.Accuracy.Titles;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.title: a person's rank raised or changed: "Health Minister Lee" for 이형준 제2차관, "Chief Justice Park"
/// for 박성훈 수석부장판사, "Daegu's mayor" for a 행정부시장, "Senior Deputy Governor" for a 총재. Only where the
/// Korean sentence gives someone a title (Korean/titles.txt) and none of those the English rank allows
/// (English/title-ranks.txt); the English ranks are read by <see cref="Titles.EnglishRankReader"/>.
/// </summary>
public sealed class TitleCheck : ICheck
{
    public string Id => "accuracy.title";

    public string Description => "A person's title in the English is a rank the source does not give.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            // Most sentences give no one a rank: the English is read first, the Korean only when it does.
            var ranks = bead.TargetIds.Select(i => context.Target.Sentences[i])
                .SelectMany(sentence => EnglishRankReader.Read(sentence.Text).Select(rank => (Sentence: sentence, Rank: rank))).ToList();
            var korean = ranks.Count == 0 ? string.Empty : string.Join(" ", bead.SourceIds.Select(i => context.Source.Sentences[i].Text));
            var titles = ranks.Count == 0 ? [] : KoreanTitleReader.Read(korean);
            if (ranks.Count == 0)
            {
                (ranks, korean, titles) = BareRank(context, bead);
            }

            if (titles.Count == 0)
            {
                continue;
            }

            foreach (var (sentence, rank) in ranks)
            {
                // The titles of the person the rank names, where the Korean names them; else any in the sentence.
                var own = PersonTitles.Of(context, korean, titles, sentence.Start + rank.RankStart + rank.Rank.Length, sentence.End) ?? titles;
                if (KoreanTitleReader.Gives(own, rank.Line.Korean))
                {
                    continue;
                }

                // What the source says, named as the English would name it: 총재 is "governor" against a
                // Deputy Governor, though it may be a president elsewhere. A rank of another kind (본부장 against
                // "deputy head") is left for the reviewer to name.
                var given = RankTable.Lines.FirstOrDefault(r => r.Head == rank.Line.Head && r.Korean.Any(k => own.Any(t => t.Title == k && Whole(korean, t.Start + k.Length))));
                var title = SourceTitle(context, bead, given?.Korean ?? RankTable.KoreanTitles);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{rank.Title}' is a rank the source does not give this person{(given is null ? "." : $" (it says {given.Name}).")}") with
                {
                    SourceStart = title?.Start,
                    SourceEnd = title?.End,
                    TargetStart = sentence.Start + rank.RankStart,
                    TargetEnd = sentence.Start + rank.RankStart + rank.Rank.Length,
                    Found = rank.Rank,
                    Expected = given?.Name ?? string.Empty,
                };
            }
        }
    }

    // "chaired by the defense minister" for 국가안보실장 주재로: a rank that names nobody new, where the Korean gives
    // one title only and the English one rank only and no person's name, stands for that title's holder.
    private static (List<(Segmentation.Sentence Sentence, EnglishRank Rank)>, string, IReadOnlyList<(string Title, int Start)>) BareRank(DocumentContext context, Alignment.Bead bead)
    {
        var english = bead.TargetIds.Select(i => context.Target.Sentences[i]).ToList();
        // Not a possessive: "the minister's deputy" is about someone else.
        var ranks = english.SelectMany(sentence => EnglishRankReader.Read(sentence.Text, bare: true)
            .Where(rank => !Possessive(sentence.Text, rank.RankStart + rank.Rank.Length)).Select(rank => (Sentence: sentence, Rank: rank))).ToList();
        if (ranks.Count != 1 || english.Any(s => Terminology.PersonNames.InEnglish(context.Target.Text, s.Start, s.End).Any()))
        {
            return ([], string.Empty, []);
        }

        var korean = string.Join(" ", bead.SourceIds.Select(i => context.Source.Sentences[i].Text));
        var titles = KoreanTitleReader.Read(korean);
        return titles.Count == 1 ? (ranks, korean, titles) : ([], string.Empty, []);
    }

    private static bool Possessive(string text, int end) =>
        text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("’s", StringComparison.Ordinal);

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

    // A title standing as a word of its own (장관은, 차관 ), not the start of a longer word (the 부장 of 수석부장판사).
    private static bool Whole(string korean, int end) =>
        end == korean.Length || !Text.Scripts.IsHangulSyllable(korean[end]) || "은는이가과와의을를도에".Contains(korean[end], StringComparison.Ordinal);
}
