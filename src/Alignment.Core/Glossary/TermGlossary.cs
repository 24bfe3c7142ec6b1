using Alignment.Core.Languages;

namespace Alignment.Core.Glossary;

/// <summary>
/// All glossaries of a run, compiled once for a language pair and shared by every document.
/// Terms are searched over a whole text in one pass for all of them, then bucketed by sentence.
/// </summary>
public sealed class TermGlossary
{
    private readonly TermIndex sources;
    private readonly TermIndex targets;
    private readonly TermIndex forbidden;

    public TermGlossary(IEnumerable<GlossaryEntry> entries, ILanguageProfile source, ILanguageProfile target)
    {
        Entries = entries.Select(e => new CompiledEntry(
            e,
            e.Sources.Select(t => source.CompileTerm(t, e.CaseSensitive)).ToArray(),
            e.Targets.Select(t => target.CompileTerm(t, e.CaseSensitive)).ToArray(),
            e.Forbidden.Select(t => target.CompileTerm(t, e.CaseSensitive)).ToArray())).ToArray();
        sources = new TermIndex(Entries, e => e.Sources);
        targets = new TermIndex(Entries, e => e.Targets);
        forbidden = new TermIndex(Entries, e => e.Forbidden);
    }

    public static TermGlossary Empty(ILanguageProfile source, ILanguageProfile target) => new([], source, target);

    public IReadOnlyList<CompiledEntry> Entries { get; }

    public IReadOnlyList<TermHit> FindSources(string text) => Find(text, sources);

    public IReadOnlyList<TermHit> FindTargets(string text) => Find(text, targets);

    public IReadOnlyList<TermHit> FindForbidden(string text) => Find(text, forbidden);

    private static List<TermHit> Find(string text, TermIndex index)
    {
        var hits = index.Find(text);
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return hits;
    }
}
