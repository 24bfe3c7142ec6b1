using System.Text.RegularExpressions;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// Korean abbreviations a story defines in brackets after their full form (중앙재난안전대책본부(중대본),
/// 합동참모본부(합참)): the short form is made of the long form's syllables, in order, from its first. An abbreviation
/// of ordinary words is an ordinary word wherever the story uses it, though no lexicon lists it.
/// </summary>
internal static partial class DefinedAbbreviations
{
    /// <summary>The abbreviations whose full form <paramref name="isOrdinary"/> accepts (given the full form's span).</summary>
    public static HashSet<string> In(string text, Func<int, int, bool> isOrdinary)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Definition().Matches(text))
        {
            var (full, abbreviation) = (m.Groups["full"], m.Groups["short"].Value);
            if (Abbreviates(abbreviation, full.Value) && isOrdinary(full.Index, full.Index + full.Length))
            {
                found.Add(abbreviation);
            }
        }

        return found;
    }

    // 중대본 in 중앙재난안전대책본부: the first syllables agree, and each next one is found further on.
    private static bool Abbreviates(string abbreviation, string full)
    {
        if (abbreviation.Length >= full.Length || abbreviation[0] != full[0])
        {
            return false;
        }

        var at = 1;
        foreach (var syllable in abbreviation.AsSpan(1))
        {
            at = full.IndexOf(syllable, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    [GeneratedRegex(@"(?<full>[가-힣]{3,})\((?<short>[가-힣]{2,4})\)")]
    private static partial Regex Definition();
}
