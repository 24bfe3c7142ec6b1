namespace Alignment.Core.Checks.Accuracy.Titles;

/// <summary>The English ranks of English/title-ranks.txt and the Korean titles of Korean/titles.txt, read once.</summary>
internal static class RankTable
{
    public static readonly IReadOnlyList<RankLine> Lines = [.. Languages.DataFile.ReadLines("English/title-ranks.txt").Select(Parse)];

    /// <summary>Head words ("minister", "mayor"): a rank is looked for only where one stands.</summary>
    public static readonly IReadOnlySet<string> Heads = Lines.Select(l => l.Head).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that change a rank ("vice", "deputy", "prime"): part of what the English says, not of the name before it.</summary>
    public static readonly IReadOnlySet<string> Modifiers = Lines.SelectMany(l => l.Words[..^1]).Append("senior").Append("first").Append("acting")
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Titles a Korean sentence gives a person with (조태열 장관, 김 부회장), from both files.</summary>
    public static readonly IReadOnlyList<string> KoreanTitles = [.. Languages.DataFile.ReadLines("Korean/titles.txt")
        .Concat(Lines.SelectMany(l => l.Korean)).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)];

    /// <summary>The first line whose words the English title holds, in any order.</summary>
    public static RankLine? Match(IReadOnlyCollection<string> words) => Lines.FirstOrDefault(l => l.Words.All(words.Contains));

    private static RankLine Parse(string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new RankLine(words, words[^1], parts[1..]);
    }
}
