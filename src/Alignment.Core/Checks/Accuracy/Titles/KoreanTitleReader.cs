namespace Alignment.Core.Checks.Accuracy.Titles;

/// <summary>
/// The titles a Korean text gives people. A title inside a longer one is not that title: 행정부시장 is a vice
/// mayor and no 시장, 부총리 a deputy prime minister and no 총리, 부회장 a vice chairman and no 회장; and a word
/// that only holds one (Korean/title-lookalikes.txt: 주차장, 위원회) gives no one a title.
/// </summary>
internal static class KoreanTitleReader
{
    private static readonly HashSet<string> LookAlikes = [.. Languages.DataFile.ReadLines("Korean/title-lookalikes.txt")];

    /// <summary>Each title the text holds, with where it starts, leaving out those inside a longer one.</summary>
    public static IReadOnlyList<(string Title, int Start)> Read(string text)
    {
        var found = new List<(string Title, int Start)>();
        foreach (var word in LookAlikes)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                found.Add((word, at));
            }
        }

        foreach (var title in RankTable.KoreanTitles)
        {
            for (var at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.Ordinal))
            {
                // Longest titles come first, so a longer title holding this one is already in the list.
                if (!found.Any(f => f.Title.Length > title.Length && f.Start <= at && at + title.Length <= f.Start + f.Title.Length))
                {
                    found.Add((title, at));
                }
            }
        }

        return found.Where(f => !LookAlikes.Contains(f.Title)).ToList();
    }

    /// <summary>Whether the text gives someone one of these titles.</summary>
    public static bool Gives(IReadOnlyList<(string Title, int Start)> titles, IEnumerable<string> any) =>
        any.Any(k => titles.Any(t => t.Title == k));
}
