using System.Text.RegularExpressions;
using Alignment.Core.Glossary;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// A glossary term the English names again by its head noun alone ("the ministry", "the city's website", "ministry
/// spokesperson Kim") after the story has rendered it in full: a second mention, not a missing rendering.
/// </summary>
internal static class TermAnaphora
{
    private static readonly HashSet<string> EnglishHeads = Languages.DataFile.ReadLines("English/anaphora-heads.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Ending, string[] Heads)[] KoreanEndings = [.. Languages.DataFile.ReadLines("Korean/term-heads.txt")
        .Select(l => l.Split('\t', 2))
        .Select(p => (p[0], p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        .OrderByDescending(e => e.Item1.Length)];

    public static bool Holds(DocumentContext context, TermHit hit, GlossaryEntry entry, Alignment.Bead bead)
    {
        var first = bead.TargetIds.Min(i => context.Target.Sentences[i].Start);
        if (!context.TargetTerms.Any(t => t.Entry == hit.Entry && t.End <= first))
        {
            return false;
        }

        var heads = entry.Targets.SelectMany(t => t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).Where(EnglishHeads.Contains)
            .Concat(KoreanEndings.FirstOrDefault(e => hit.Text.EndsWith(e.Ending, StringComparison.Ordinal) || Follows(context.Source.Text, hit.End, e.Ending)).Heads ?? [])
            .Select(h => h.ToLowerInvariant()).Distinct().ToList();
        return heads.Count > 0 && bead.TargetIds.Select(i => context.Target.Sentences[i].Text).Any(text => heads.Any(h => Shortened(text, h)));
    }

    // The term glossed inside a longer name that ends in a head: 제주 of 제주도는 is the province.
    private static bool Follows(string text, int end, string ending) =>
        text.AsSpan(end).StartsWith(ending, StringComparison.Ordinal);

    // The head in lower case ("ministry spokesperson"), or after "The" at the start of a sentence.
    private static bool Shortened(string sentence, string head) =>
        Regex.IsMatch(sentence, $@"\b{Regex.Escape(head)}(?:'s|’s)?\b") || Regex.IsMatch(sentence, $@"^\W*The {Regex.Escape(char.ToUpperInvariant(head[0]) + head[1..])}\b");
}
