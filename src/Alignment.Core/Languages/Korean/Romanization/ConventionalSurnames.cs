namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// Surnames whose usual English spelling follows neither RR nor MR (이 Lee, 최 Choi, 노 Roh),
/// so a name can be recognised in the form people actually write it.
/// </summary>
internal static class ConventionalSurnames
{
    private static readonly Dictionary<char, string[]> Spellings = DataFile
        .ReadLines("Korean/Romanization/surnames.txt")
        .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(parts => parts[0][0], parts => parts[1..]);

    public static IReadOnlyList<string> Of(char surname) => Spellings.GetValueOrDefault(surname) ?? [];
}
