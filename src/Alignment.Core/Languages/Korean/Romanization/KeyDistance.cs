namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// Edit distance between phonetic keys, with the slips that romanizations commonly differ by made cheaper:
/// a lost h (Ahn), ng against n (Jong, Jon), and a against e, since English a often is Korean ㅐ (Canada, 캐나다).
/// </summary>
internal static class KeyDistance
{
    private const double Cheap = 0.5;

    public static double Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var previous = new double[b.Length + 1];
        var current = new double[b.Length + 1];
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + IndelCost(b, j - 1);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + IndelCost(a, i - 1);
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(
                    previous[j - 1] + SubstitutionCost(a[i - 1], b[j - 1]),
                    Math.Min(previous[j] + IndelCost(a, i - 1), current[j - 1] + IndelCost(b, j - 1)));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static double IndelCost(ReadOnlySpan<char> key, int index) =>
        key[index] == 'H' || (key[index] == 'K' && index > 0 && key[index - 1] == 'N') ? Cheap : 1;

    private static double SubstitutionCost(char x, char y) =>
        x == y ? 0 : (x, y) is ('A', 'E') or ('E', 'A') ? Cheap : 1;
}
