namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>Finds an administrative unit at the end of a word so it can be hyphenated (Jeju-do).</summary>
internal static class AdministrativeUnits
{
    private static readonly (string Ending, int UnitLength)[] Endings = DataFile
        .ReadLines("Korean/Romanization/administrative-units.txt")
        .Select(line => line.Split('|', 2))
        .Select(parts => (parts[0] + parts[1], parts[1].Length))
        .ToArray();

    /// <summary>Length of the unit that ends <paramref name="word"/>, or 0 when it has none.</summary>
    public static int UnitLength(ReadOnlySpan<char> word)
    {
        foreach (var (ending, unitLength) in Endings)
        {
            if (word.Length > unitLength && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return unitLength;
            }
        }

        return 0;
    }
}
