using Alignment.Core.Languages;

namespace Alignment.Core.Glossary;

/// <summary>
/// All glossaries of a run, compiled once for a language pair and shared by every document.
/// Terms are searched over a whole text in one pass each, then bucketed by sentence.
/// </summary>
public sealed class TermGlossary
{
    public TermGlossary(IEnumerable<GlossaryEntry> entries, ILanguageProfile source, ILanguageProfile target)
    {
        Entries = entries.Select(e => new CompiledEntry(
            e,
            e.Sources.Select(t => source.CompileTerm(t, e.CaseSensitive)).ToArray(),
            e.Targets.Select(t => target.CompileTerm(t, e.CaseSensitive)).ToArray(),
            e.Forbidden.Select(t => target.CompileTerm(t, e.CaseSensitive)).ToArray())).ToArray();
    }

    public static TermGlossary Empty(ILanguageProfile source, ILanguageProfile target) => new([], source, target);

    public IReadOnlyList<CompiledEntry> Entries { get; }

    public IReadOnlyList<TermHit> FindSources(string text) => Find(text, e => e.Sources);

    public IReadOnlyList<TermHit> FindTargets(string text) => Find(text, e => e.Targets);

    public IReadOnlyList<TermHit> FindForbidden(string text) => Find(text, e => e.Forbidden);

    private List<TermHit> Find(string text, Func<CompiledEntry, IReadOnlyList<TermPattern>> terms)
    {
        var hits = new List<TermHit>();
        var lowered = text.ToLowerInvariant();
        for (var i = 0; i < Entries.Count; i++)
        {
            foreach (var pattern in terms(Entries[i]))
            {
                foreach (var m in pattern.Matches(text, lowered))
                {
                    // The span is the term itself: Korean particles (에서, 는) stay outside it.
                    var length = m.Length - (m.Groups["suffix"].Success ? m.Groups["suffix"].Length : 0);
                    var possessive = m.Groups["poss"].Success ? m.Groups["poss"].Value : string.Empty;
                    hits.Add(new TermHit(i, pattern.Term, m.Index, m.Index + length, m.Value[..length], possessive));
                }
            }
        }

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return hits;
    }
}
