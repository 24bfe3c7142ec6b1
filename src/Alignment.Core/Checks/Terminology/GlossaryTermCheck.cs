using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.glossary: the source holds a glossary term and the aligned English has none of its renderings.
/// Skipped where a forbidden variant stands in for it: terminology.forbidden already points at that span.
/// Minor unless the row sets a severity: a translator may rightly paraphrase ("the government" for 중국 정부),
/// so a missing rendering is a prompt to look, while a forbidden one is an error.
/// </summary>
public sealed class GlossaryTermCheck : ICheck
{
    public string Id => "terminology.glossary";

    public string Description => "A glossary term of the source has none of its required renderings in the aligned English.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var present = context.InTarget(context.TargetTerms, bead).Select(h => h.Entry)
                .Concat(context.InTarget(context.ForbiddenTerms, bead).Select(h => h.Entry))
                .ToHashSet();
            var reported = new HashSet<int>();
            var hits = context.InSource(context.SourceTerms, bead).ToList();
            var missing = hits.Where(h => !hits.Any(o => Covers(o, h))).Where(hit =>
            {
                var entry = context.Glossary.Entries[hit.Entry].Entry;
                return entry.Targets.Count > 0 && !present.Contains(hit.Entry) && !TermAnaphora.Holds(context, hit, entry, bead) && reported.Add(hit.Entry);
            }).ToList();

            // The English renders another term of the glossary, one the source does not say here (KOSDAQ for 코스피):
            // a term put in another's place, major whatever the row says.
            var said = hits.Select(h => h.Entry).ToHashSet();
            var strays = context.InTarget(context.TargetTerms, bead).Where(h => !said.Contains(h.Entry)).DistinctBy(h => h.Entry).ToList();
            foreach (var hit in missing)
            {
                var entry = context.Glossary.Entries[hit.Entry].Entry;
                var expected = string.Join(" | ", entry.Targets);
                if (missing.Count == 1 && strays.Count == 1 && Alike(entry, context.Glossary.Entries[strays[0].Entry].Entry))
                {
                    var stray = strays[0];
                    yield return context.NewFinding(index, Id, entry.Severity is { } severity && severity > Severity.Major ? severity : Severity.Major, $"'{stray.Text}' renders another glossary term than the source's '{hit.Text}' ({expected}).") with
                    {
                        SourceStart = hit.Start,
                        SourceEnd = hit.End,
                        TargetStart = stray.Start,
                        TargetEnd = stray.End,
                        Found = stray.Text,
                        Expected = entry.Targets[0],
                        Suggestion = context.TargetSentenceAt(stray.Start) is { } sentence ? DocumentContext.Replace(sentence, stray.Start, stray.End, entry.Targets[0]) : string.Empty,
                    };
                    continue;
                }

                yield return context.NewFinding(index, Id, entry.Severity ?? Severity.Minor, $"'{hit.Text}' in the source is not rendered as the glossary requires ({expected}).") with
                {
                    SourceStart = hit.Start,
                    SourceEnd = hit.End,
                    Found = string.Empty,
                    Expected = expected,
                };
            }
        }
    }

    // Terms of one kind: Korean that begins alike (코스피, 코스닥) or renderings that share a word (Ministry of National
    // Defense, Ministry of Unification; Democratic Party, People Power Party). "North Korea" is no stand-in for 인태.
    private static bool Alike(Glossary.GlossaryEntry a, Glossary.GlossaryEntry b) =>
        a.Sources.Any(x => b.Sources.Any(y => x.Length >= 2 && y.Length >= 2 && x[..2] == y[..2]))
        || Words(a).Overlaps(Words(b));

    private static HashSet<string> Words(Glossary.GlossaryEntry entry) =>
        entry.Targets.SelectMany(t => t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 5).Select(w => w.ToLowerInvariant())
            .Where(w => !Generic.Contains(w)).ToHashSet();

    // Words of names of every kind: Korea-Canada and North Korea are not terms of one kind.
    private static readonly HashSet<string> Generic = ["korea", "korean", "koreas", "north", "south", "united", "states", "national", "international", "republic"];

    // 한·캐나다 and 캐나다 both match the same words; the longer, more specific entry speaks for both.
    private static bool Covers(Glossary.TermHit outer, Glossary.TermHit inner) =>
        outer.Entry != inner.Entry && outer.Start <= inner.Start && inner.End <= outer.End && outer.End - outer.Start > inner.End - inner.Start;
}
