using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// Words that name a period by its distance from the story's own (내년, 지난달; next year, last month), read from a
/// data file of "words offset" lines, longest first where one holds another.
/// </summary>
internal sealed class RelativePhrases
{
    private readonly Regex pattern;
    private readonly Dictionary<string, int> offsets;

    /// <param name="file">The data file.</param>
    /// <param name="shape">The pattern around the alternation of the file's words, as {0}.</param>
    public RelativePhrases(string file, string shape, RegexOptions options = RegexOptions.None)
    {
        Words = [.. Languages.DataFile.ReadLines(file).Select(l => (l[..l.LastIndexOf(' ')], int.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))];
        offsets = Words.ToDictionary(e => e.Words, e => e.Offset, StringComparer.OrdinalIgnoreCase);
        var alternation = string.Join('|', Words.Select(e => e.Words).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        pattern = new Regex(string.Format(CultureInfo.InvariantCulture, shape, alternation), options | RegexOptions.CultureInvariant);
    }

    /// <summary>The file's lines in order, as words and offset.</summary>
    public IReadOnlyList<(string Words, int Offset)> Words { get; }

    /// <summary>The phrases in [start, end) of the text, as (offset, start, end, words).</summary>
    public IEnumerable<(int Offset, int Start, int End, string Text)> In(string text, int start, int end)
    {
        for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            yield return (offsets[Regex.Replace(m.Value, @"\s+", " ")], m.Index, m.Index + m.Length, m.Value);
        }
    }

    /// <summary>The first words of the file for this offset: "next year" for 1.</summary>
    public string For(int offset) => Words.FirstOrDefault(e => e.Offset == offset).Words ?? string.Empty;
}
