using Alignment.Core.Languages;

namespace Alignment.Core.Checks.Accuracy.Negation;

/// <summary>Reads a negation data file: each line a kind (marker, idiom, cue, not) and one form after a space.</summary>
internal static class NegationLines
{
    public static IReadOnlyList<(string Kind, string Form)> Read(string file) =>
        DataFile.ReadLines(file).Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries)).Select(f => (f[0], f[1])).ToList();
}
