using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.name: one person of the story put in place of another, both named in full: "Choi Woo-jin's shot"
/// for 이강민이 때린 슈팅, where 최우진 scores in another sentence. The aligned Korean names one person the English
/// leaves out, and the English names, instead, one person the Korean story names elsewhere but not in or beside
/// this sentence, nor the English beside it the first: a name moved by one sentence is reordering, not a swap.
/// </summary>
public sealed class PersonExchangeCheck : ICheck
{
    private const double MinimumScore = 0.2;

    public string Id => "terminology.name";

    public string Description => "A person's name in the English is not the one the source gives.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        bool IsWord(string word) => context.Lexicon?.EnglishOf(word) is not null;
        bool IsCommonWord(string word) => PersonNames.IsCommonWord(context.Lexicon, word);
        var (source, target) = (context.Source, context.Target);
        var korean = source.Sentences.Select(s => PersonNames.InKorean(source.Text, s.Start, s.End, context.SourceProfile.IsSuffix, IsWord, IsCommonWord).ToList()).ToArray();
        if (korean.Sum(k => k.Count) < 2)
        {
            yield break;
        }

        var english = target.Sentences.Select(s => PersonNames.InEnglish(target.Text, s.Start, s.End).ToList()).ToArray();
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair && b.Bead.Score >= MinimumScore))
        {
            var said = bead.SourceIds.SelectMany(i => korean[i]).ToList();
            var written = bead.TargetIds.SelectMany(i => english[i]).ToList();
            var left = said.Where(k => !Near(bead.TargetIds, english).Any(e => PersonNames.Same(e, k))).DistinctBy(k => k.Name).ToList();
            var put = written.Where(e => !said.Any(k => PersonNames.Same(e, k))).ToList();
            if (left.Count != 1 || put.Count != 1)
            {
                continue;
            }

            // The one put in is a person of the story, named in a Korean sentence away from this one.
            var (wrong, replaced) = (put[0], left[0]);
            var nearby = Near(bead.SourceIds, korean).ToList();
            var elsewhere = korean.SelectMany(k => k).Where(k => PersonNames.Same(wrong, k)).ToList();
            if (elsewhere.Count == 0 || nearby.Any(k => PersonNames.Same(wrong, k)))
            {
                continue;
            }

            // As the English story spells the person elsewhere (Lee Kang-min), else as English copy would.
            var spelled = english.SelectMany(e => e).FirstOrDefault(e => PersonNames.Same(e, replaced));
            var expected = spelled is null ? PersonNames.Romanize(replaced) : target.Text[spelled.Start..spelled.End];
            yield return context.NewFinding(index, Id, Severity.Major, $"'{target.Text[wrong.Start..wrong.End]}' is named here in place of {replaced.Name} ({expected}), whom the source names here; the story names {elsewhere[0].Name} elsewhere.") with
            {
                SourceStart = replaced.Start,
                SourceEnd = replaced.End,
                TargetStart = wrong.Start,
                TargetEnd = wrong.End,
                Found = target.Text[wrong.Start..wrong.End],
                Expected = expected,
            };
        }
    }

    // The names of these sentences and the one on either side.
    private static IEnumerable<T> Near<T>(IReadOnlyList<int> ids, List<T>[] names) =>
        Enumerable.Range(ids[0] - 1, ids.Count + 2).Where(i => i >= 0 && i < names.Length).SelectMany(i => names[i]);
}
