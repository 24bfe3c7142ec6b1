using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.name: a Korean person in the English whom the Korean never names, where the aligned Korean names
/// someone the English leaves out: Kang Seo-jun for 한서준, Park Jin-young for 박준영 (no one spells 준 "jin"). Found from the source itself; a name the Korean story
/// gives in another sentence is only a sentence paired or worded differently, and a name the English adds beside
/// all of the Korean's is an addition, not a swap.
/// </summary>
public sealed class PersonNameCheck : ICheck
{
    private const double MinimumScore = 0.2;

    public string Id => "terminology.name";

    public string Description => "A person's name in the English is not the one the source gives.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var source = context.Source;
        var isSuffix = context.SourceProfile.IsSuffix;
        bool IsWord(string word) => context.Lexicon?.EnglishOf(word) is not null;
        bool IsCommonWord(string word) => PersonNames.IsCommonWord(context.Lexicon, word);
        var bySentence = source.Sentences.Select(s => PersonNames.InKorean(source.Text, s.Start, s.End, isSuffix, IsWord, IsCommonWord).ToList()).ToArray();

        // The whole text, datelines too: the reporter of "(서울=뉴스1) 이지훈 기자 =" is named in the English byline.
        var story = PersonNames.InKorean(source.Text, 0, source.Text.Length, isSuffix, IsWord, IsCommonWord).ToList();
        if (story.Count == 0)
        {
            yield break;
        }

        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair && b.Bead.Score >= MinimumScore))
        {
            var english = bead.TargetIds.Select(i => context.Target.Sentences[i]).SelectMany(s => PersonNames.InEnglish(context.Target.Text, s.Start, s.End)).ToList();
            // Only Korean people: Wong Kar-wai is written 왕가위, a reading of his name no romanization gives back.
            var strangers = english.Where(e => PersonNames.HasKoreanSurname(e) && !story.Any(k => PersonNames.Same(e, k))).ToList();
            if (strangers.Count == 0)
            {
                continue;
            }

            // The Korean's names that no English name of the bead answers: the ones a stranger may stand for.
            var unmatched = bead.SourceIds.SelectMany(i => bySentence[i]).Where(k => !english.Any(e => PersonNames.Same(e, k))).ToList();
            foreach (var wrong in strangers)
            {
                // Same given name, other surname (Kang Seo-jun for 한서준) first; then the one name of the bead with the
                // same surname, whose given name the English does not spell (Park Jin-young for 박준영); otherwise the
                // one name left on each side, if the Korean says it is a person (a title, an age, a role).
                var replaced = unmatched.FirstOrDefault(k => !PersonNames.SameSurname(wrong, k) && PersonNames.SameGiven(wrong, k))
                    ?? (unmatched.Count(k => PersonNames.SameSurname(wrong, k)) == 1 ? unmatched.First(k => PersonNames.SameSurname(wrong, k)) : null)
                    ?? (unmatched.Count == 1 && strangers.Count == 1 && !PersonNames.SameSurname(wrong, unmatched[0]) && PersonContext.IsTitled(source.Text, unmatched[0]) ? unmatched[0] : null);
                if (replaced is null)
                {
                    continue;
                }

                unmatched.Remove(replaced);
                // A wrong surname keeps the given name as the English spells it (Han Seung-woo, not RR's Han Seung-u),
                // so "expected" and the corrected sentence agree.
                var surnameOnly = !PersonNames.SameSurname(wrong, replaced) && PersonNames.SameGiven(wrong, replaced);
                var romanized = PersonNames.Romanize(replaced);
                var expected = surnameOnly ? romanized[..romanized.IndexOf(' ', StringComparison.Ordinal)] + " " + wrong.Given : romanized;
                var sentence = context.TargetSentenceAt(wrong.Start);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{context.Target.Text[wrong.Start..wrong.End]}' is not in the source, which names {replaced.Name} ({expected}) here.") with
                {
                    SourceStart = replaced.Start,
                    SourceEnd = replaced.End,
                    TargetStart = wrong.Start,
                    TargetEnd = wrong.End,
                    Found = context.Target.Text[wrong.Start..wrong.End],
                    Expected = expected,

                    // Only a wrong surname has a mechanical fix: the given name stays as the English spells it.
                    Suggestion = surnameOnly && sentence is not null ? DocumentContext.Replace(sentence, wrong.Start, wrong.SurnameEnd, expected[..expected.IndexOf(' ', StringComparison.Ordinal)]) : string.Empty,
                };
            }
        }
    }
}
