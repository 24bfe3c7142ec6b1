using System.Globalization;
using Alignment.Eval.Beads;
using Alignment.Eval.Perturbation;
using Alignment.Eval.Scoring;

namespace Alignment.Eval.Reporting;

/// <summary>
/// What went wrong in the one-a-line run: how often each kind of error region occurs, and a few regions in full
/// with sentence lengths and openings, picked evenly across the corpus so they are typical rather than the first.
/// </summary>
public static class ErrorReport
{
    private const int Kinds = 10;
    private const int Opening = 60;

    public static void Write(IReadOnlyList<ErrorRegion> errors, IReadOnlyList<PerturbedDocument> documents, int examples, TextWriter output)
    {
        output.WriteLine(Invariant($"error regions (one-a-line run): {errors.Count}: {errors.Count(e => e.Gold.Any(b => !b.IsPair))} around a dropped sentence, {errors.Count(e => e.Gold.All(b => b.IsPair) && e.Gold.Any(b => b.Shape != "1-1"))} around a merge, {errors.Count(e => e.Gold.All(b => b.Shape == "1-1"))} among 1-1 beads only"));
        foreach (var kind in errors.GroupBy(e => e.Signature).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(Kinds))
        {
            output.WriteLine(Invariant($"  {kind.Count(),4}  {kind.Key}"));
        }

        var byIndex = documents.ToDictionary(d => d.Index);
        for (var n = 0; n < Math.Min(examples, errors.Count); n++)
        {
            var region = errors[(int)((long)n * errors.Count / Math.Min(examples, errors.Count))];
            Example(n + 1, region, byIndex[region.Document], output);
        }
    }

    private static void Example(int number, ErrorRegion region, PerturbedDocument document, TextWriter output)
    {
        var korean = region.Gold.SelectMany(b => b.Korean.Ids).Order().ToList();
        var english = region.Gold.SelectMany(b => b.English.Ids).Order().ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"#{number} document {region.Document}: {region.Signature}"));
        output.WriteLine($"  gold       {Beads(region.Gold, document)}");
        output.WriteLine($"  predicted  {Beads(region.Predicted, document)}");
        foreach (var k in korean)
        {
            output.WriteLine(Invariant($"  ko {k,3} {document.Korean[k].Length,4} ch  {Open(document.Korean[k])}"));
        }

        foreach (var e in english)
        {
            output.WriteLine(Invariant($"  en {e,3} {document.English[e].Length,4} ch  {Open(document.English[e])}"));
        }
    }

    private static string Beads(IReadOnlyList<EvalBead> beads, PerturbedDocument document) =>
        string.Join("  ", beads.Select(b => Invariant($"{b} ({Lengths(b.Korean, document.Korean)}:{Lengths(b.English, document.English)} ch)")));

    private static string Lengths(IdRange range, IReadOnlyList<string> sentences) =>
        range.IsEmpty ? "0" : string.Join('+', range.Ids.Select(i => sentences[i].Length.ToString(CultureInfo.InvariantCulture)));

    private static string Open(string sentence) => sentence.Length <= Opening ? sentence : sentence[..Opening] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
