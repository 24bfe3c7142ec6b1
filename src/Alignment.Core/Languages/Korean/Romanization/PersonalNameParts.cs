namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>Splits a Korean personal name written without a space into surname and given name.</summary>
internal static class PersonalNameParts
{
    private const int CompoundSurnameMinimumNameLength = 4;

    private static readonly HashSet<string> CompoundSurnames =
        DataFile.ReadLines("Korean/Romanization/compound-surnames.txt").ToHashSet(StringComparer.Ordinal);

    /// <summary>Length of the surname at the start of <paramref name="name"/> (all Hangul syllables).</summary>
    public static int SurnameLength(ReadOnlySpan<char> name)
    {
        if (name.Length >= CompoundSurnameMinimumNameLength && CompoundSurnames.Contains(name[..2].ToString()))
        {
            return 2;
        }

        return Math.Min(1, name.Length);
    }
}
