using Alignment.Core.Languages;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// Korean words English writes as words of its own (kimchi, chaebol, jeonse): romanized in lower case, they are the
/// English word, not a Korean one left untranslated.
/// </summary>
internal static class KoreanLoanwords
{
    private static readonly HashSet<string> Words = DataFile.ReadLines("English/korean-loanwords.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
