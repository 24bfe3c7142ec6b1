using Alignment.Core.Text;

namespace Alignment.Core.Checks.Terminology;

/// <summary>The words around a Korean name that say it is a person's: a title, an age, a role.</summary>
internal static class PersonContext
{
    // Titles of one syllable (씨, 군) would be found inside any word.
    internal static readonly string[] Titles = Languages.Korean.KoreanNameContext.Instance.Titles.Where(t => t.Length >= 2).ToArray();

    private static readonly HashSet<string> Roles = Languages.DataFile.ReadLines("Korean/name-roles.txt").ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the words around say the name is a person's for certain: a title after it (국무총리를, 대변인은), an
    /// age in brackets (김성호(55)), or a role before it (리더 한서준, 수비수 최건우). 최대치 and 최고상 have a
    /// name's shape and nothing of this.
    /// </summary>
    public static bool IsTitled(string text, KoreanName name)
    {
        var after = name.End;
        while (after < text.Length && Scripts.IsHangulSyllable(text[after]))
        {
            after++;
        }

        if (after < text.Length && text[after] == '(' && after + 1 < text.Length && char.IsAsciiDigit(text[after + 1]))
        {
            return true;
        }

        // The title may follow the organisation (조태열 외교부 장관은) or 전 (former).
        var position = after;
        for (var words = 0; words < 2; words++)
        {
            var next = Word(text, position, forward: true, out position);
            if (Titles.Any(t => next.Contains(t, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return Roles.Contains(Word(text, name.Start, forward: false, out _));
    }

    // The Hangul word after the spaces at (or before the spaces before) a position, and where it ends.
    private static string Word(string text, int at, bool forward, out int stop)
    {
        if (forward)
        {
            var s = at;
            while (s < text.Length && text[s] == ' ')
            {
                s++;
            }

            var e = s;
            while (e < text.Length && Scripts.IsHangulSyllable(text[e]))
            {
                e++;
            }

            stop = e;
            return text[s..e];
        }

        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && Scripts.IsHangulSyllable(text[start - 1]))
        {
            start--;
        }

        stop = start;
        return text[start..end];
    }
}
