using Alignment.Core.Findings;
using Alignment.Core.Gazetteer;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.entity: a country, city, region or organisation named in the English that the aligned Korean does
/// not mention, while an entity the Korean does mention is missing from the English: the Korea-China-for-한-캐나다
/// swap, found from the source itself. South Korea is the home country of the copy and never needs a source word;
/// its cities are accused only of replacing another city.
/// </summary>
public sealed class EntityCheck : ICheck
{
    private const string Home = "kr";
    private const double MinimumScore = 0.2;

    public string Id => "terminology.entity";

    public string Description => "An entity in the English replaces a different entity of the source.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        if (context.Entities is not { } finders)
        {
            yield break;
        }

        // The Korean's entities, found once per sentence for the story and for each bead.
        var bySentence = context.Source.Sentences.Select(s => finders.Source.Find(context.Source.Text, s.Start, s.End).ToList()).ToArray();

        // A name the Korean story mentions anywhere is no swap here, only a sentence paired or worded differently;
        // its dateline counts too ([서울=뉴스1] is the News1 of "SEOUL, News1 —").
        var story = bySentence.SelectMany(m => m)
            .Concat(context.Source.Excluded.SelectMany(x => finders.Source.Find(context.Source.Text, x.Start, x.End)))
            .Select(m => m.Entry).Distinct().ToList();

        // And the English story's, for the one case that needs them: a capital and a country (below).
        var english = context.Target.Sentences.SelectMany(s => finders.Target.Find(context.Target.Text, s.Start, s.End)).Select(m => m.Entry).Distinct().ToList();

        // A badly paired bead would make every name look swapped.
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair && b.Bead.Score >= MinimumScore))
        {
            var source = bead.SourceIds.SelectMany(i => bySentence[i]).ToList();
            var target = bead.TargetIds.Select(i => context.Target.Sentences[i]).SelectMany(s => finders.Target.Find(context.Target.Text, s.Start, s.End)).ToList();
            var forbidden = context.InTarget(context.ForbiddenTerms, bead).ToList();
            var unmatched = source.Where(s => s.Strong && s.Entry.Id != Home && !target.Any(t => Answers(t.Entry, s.Entry, target))).ToList();
            // A name of the Korean sentence beside the bead excuses the English one as a detail moved between
            // sentences, unless the English beside the bead names it too and this pair is sure (it shares another
            // name): then it has not moved (대구 rendered in its own sentence, and Daegu again here for 부산).
            var own = source.Select(s => s.Entry).ToList();
            var sure = source.Exists(s => target.Exists(t => Answers(t.Entry, s.Entry, target)));
            var near = Near(bySentence, bead.SourceIds[0] - 1, bead.SourceIds[^1] + 1);
            foreach (var wrong in target.Where(t => t.Entry.Id != Home && !own.Any(s => Excuses(s, t.Entry))
                && !near.Any(s => Excuses(s, t.Entry) && !(sure && NamedBeside(context, finders, bead, s)))))
            {
                // A place at home (Seoul, Busan) stands for the country often enough ("Seoul said") that it is
                // accused only of replacing another city.
                // A name the Korean story gives further off (Japan's player in another paragraph) may be English that
                // moved a detail between sentences or added one for context ("the Beijing Games"): it counts only
                // against a name of the same kind (a country for a country) that the neighbouring English lacks too.
                var elsewhere = story.Any(s => Excuses(s, wrong.Entry));
                var replaced = unmatched.FirstOrDefault(s => Compatible(s.Entry, wrong.Entry, english)
                    && (wrong.Entry.Country != Home || (IsCity(s.Entry) && IsCity(wrong.Entry)))
                    && (!elsewhere || (s.Entry.Kind == wrong.Entry.Kind && !NamedBeside(context, finders, bead, s.Entry))));
                if (replaced is null || forbidden.Any(f => f.Start < wrong.End && wrong.Start < f.End))
                {
                    continue;
                }

                var expected = replaced.Entry.English[0];
                var sentence = context.TargetSentenceAt(wrong.Start);
                var canonical = wrong.Text == wrong.Entry.English[0];
                yield return context.NewFinding(index, Id, elsewhere ? Severity.Major : Severity.Critical, $"'{wrong.Text}' is not in the source{(elsewhere ? " here" : string.Empty)}, which names {expected} ('{replaced.Text}') here.") with
                {
                    SourceStart = replaced.Start,
                    SourceEnd = replaced.End,
                    TargetStart = wrong.Start,
                    TargetEnd = wrong.End,
                    Found = wrong.Text,
                    Expected = expected,
                    Suggestion = canonical && sentence is not null ? DocumentContext.Replace(sentence, wrong.Start, wrong.End, expected) : string.Empty,
                };
                unmatched.Remove(replaced);
            }
        }
    }

    // The Korean entities of sentences [from, to], clamped to the story.
    private static List<GazetteerEntry> Near(List<EntityMention>[] bySentence, int from, int to) =>
        [.. bySentence.Take(Math.Min(to + 1, bySentence.Length)).Skip(Math.Max(0, from)).SelectMany(m => m).Select(m => m.Entry)];

    // Whether the English sentences just before or after the bead answer the Korean entity.
    private static bool NamedBeside(DocumentContext context, (IEntityFinder Source, IEntityFinder Target) finders, Alignment.Bead bead, GazetteerEntry korean)
    {
        var sentences = context.Target.Sentences;
        return new[] { bead.TargetIds[0] - 1, bead.TargetIds[^1] + 1 }
            .Where(j => j >= 0 && j < sentences.Count)
            .SelectMany(j => finders.Target.Find(context.Target.Text, sentences[j].Start, sentences[j].End))
            .Any(t => Related(korean, t.Entry));
    }

    // The same entity, or a country and its capital, cities or regions: 캐나다 is answered by "Ottawa" and 오타와 by
    // "Canada"; places of one country are answered by each other too (Donbas for 도네츠크), except two cities, which
    // are two places (Ho Chi Minh City for 하노이). ASEAN and the ASEAN Regional Forum are related: one's name holds
    // the other's.
    private static bool Related(GazetteerEntry a, GazetteerEntry b) =>
        a.Id == b.Id || a.Country == b.Id || b.Country == a.Id
        || (a.Country is not null && a.Country == b.Country && !(IsCity(a) && IsCity(b)))
        || (a.Kind == EntityKind.Organisation && b.Kind == EntityKind.Organisation && (Holds(a, b) || Holds(b, a)));

    // Whether an English entity answers a Korean one. A country answers its capital ("Vietnamese" for 하노이), unless
    // the English names another city of that country beside it: then that city is the candidate for the swap.
    private static bool Answers(GazetteerEntry english, GazetteerEntry korean, List<EntityMention> target) =>
        Related(korean, english)
        && (english.Id == korean.Id || !IsCity(korean) || !target.Any(t => IsCity(t.Entry) && t.Entry.Country == korean.Country && t.Entry.Id != korean.Id));

    // Whether the Korean story's naming of one entity excuses the English naming another. A country stands for its
    // capital ("Ottawa" for 캐나다), but not for its other cities, nor the home country for Seoul: those need the
    // place itself, or a region that may hold it.
    private static bool Excuses(GazetteerEntry story, GazetteerEntry english) =>
        english.Kind == EntityKind.City || (english.Kind == EntityKind.Capital && english.Country == Home)
            ? story.Id == english.Id || (story.Kind == EntityKind.Region && story.Country == english.Country)
            : Related(story, english);

    private static bool IsCity(GazetteerEntry e) => e.Kind is EntityKind.Capital or EntityKind.City;

    private static bool Holds(GazetteerEntry outer, GazetteerEntry inner) =>
        outer.English.Any(o => inner.English.Any(i => i.Length >= 2 && o.Length > i.Length && o.Contains(i, StringComparison.Ordinal)));

    // A country for a country and a capital for a capital are the swaps machine translation makes. A capital against
    // an unrelated country is mostly English that adds where someone comes from ("a vice president from Sweden")
    // and leaves the Korean's city to another sentence, so it counts only when the English story never names that city.
    private static bool Compatible(GazetteerEntry source, GazetteerEntry target, List<GazetteerEntry> english) =>
        Group(source.Kind) == Group(target.Kind)
        && (source.Kind == target.Kind || (IsCity(source) && IsCity(target)) || !english.Any(e => e.Id == source.Id));

    private static int Group(EntityKind kind) => kind switch
    {
        EntityKind.Country or EntityKind.Capital or EntityKind.City => 0,
        EntityKind.Organisation => 1,
        _ => 2,
    };
}
