using System.Runtime.CompilerServices;
using Alignment.Core.Text;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// Tells names from ordinary words in Korean text, which is what makes a romanization legitimate:
/// 조태열 장관 → Cho Tae-yeol is right, 인태 → Intae is wrong. Uses the words around (titles, provinces),
/// the shape of the word (a surname and two syllables) and loanword spelling (라브로프, 클리퍼).
/// </summary>
public sealed class KoreanNameContext
{
    /// <summary>The common one-syllable surnames, by which a three-syllable word takes the shape of a name.</summary>
    internal const string Surnames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁어은편용예봉";
    private readonly HashSet<string> titles = DataFile.ReadLines("Korean/titles.txt").ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titleSpans;

    private static readonly string[] ProvinceEndings = ["북도", "남도", "특별시", "광역시", "자치도", "자치시"];
    private static readonly HashSet<string> Provinces = ["경기도", "강원도", "제주도", "황해도", "자강도", "량강도", "양강도"];

    // Every Hangul word of every sentence is asked about; looking its neighbours up as spans allocates nothing.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProvinceSpans = Provinces.GetAlternateLookup<ReadOnlySpan<char>>();

    public KoreanNameContext() => titleSpans = titles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static KoreanNameContext Instance { get; } = new();

    /// <summary>The words that follow (or end) a person's name: 장관, 위원장, 씨.</summary>
    internal IReadOnlySet<string> Titles => titles;

    /// <summary>Loanword spelling only: 라브로프, 클리퍼, 트럼프 (the shape of the word, not its context).</summary>
    public bool IsLoanword(string text, int start, int end) => LooksLikeLoanword(text.AsSpan(start, end - start));

    /// <summary>Whether <c>text[start..end]</c> (a word without its particles) names a person or a place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsName(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (LooksLikeLoanword(word))
        {
            return true;
        }

        var next = NextWord(text, end);
        if (titleSpans.Contains(next) || (next.Length > 0 && titleSpans.Contains(next[^Math.Min(2, next.Length)..]) && next.Length <= 4))
        {
            return word.Length is >= 2 and <= 4;
        }

        // 함경북도 길주, 경기도 수원: a place after its province (정부도, 당시 are not provinces).
        var previous = PreviousWord(text, start);
        if (EndsWithProvince(previous) || ProvinceSpans.Contains(previous))
        {
            return true;
        }

        return word.Length == 3 && Surnames.Contains(word[0]);
    }

    // Loanwords spell English consonant clusters with 으 (클리퍼, 라브로프, 트럼프): Sino-Korean words hardly ever do.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeLoanword(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (Scripts.IsHangulSyllable(c))
            {
                var index = c - '\uAC00';
                var medial = index % (21 * 28) / 28;
                var final = index % 28;
                if (medial == 18 && final == 0 && c != '으')
                {
                    return true;
                }
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWithProvince(ReadOnlySpan<char> word)
    {
        foreach (var ending in ProvinceEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && Scripts.IsHangulSyllable(text[i]))
        {
            i++;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && Scripts.IsHangulSyllable(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> PreviousWord(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && Scripts.IsHangulSyllable(text[i]))
        {
            i--;
        }

        return text.AsSpan(i + 1, end - i - 1);
    }
}
