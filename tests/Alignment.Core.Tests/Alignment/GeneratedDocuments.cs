using System.Globalization;
using CsCheck;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// Random news-like documents for property tests: sentences of Korean-like and English-like words, with numbers,
/// Korean number units and Latin acronyms sprinkled in, an occasional blank line, one sentence a line.
/// </summary>
internal static class GeneratedDocuments
{
    private static readonly string[] KoreanWords =
    [
        "정부는", "장관이", "회의에서", "협력을", "경제", "수출이", "늘었다", "발표했다", "국방부는", "대화를", "양국은",
        "합의했다", "지역", "안보", "시장", "기업들이", "투자를", "확대하기로", "했다", "지난해", "올해", "서울에서",
        "북한의", "미사일", "발사를", "규탄했다", "캐나다", "외교부", "선수들이", "경기에서", "우승했다",
    ];

    private static readonly string[] EnglishWords =
    [
        "the", "government", "minister", "said", "meeting", "cooperation", "economy", "exports", "rose", "announced",
        "defense", "dialogue", "two", "countries", "agreed", "region", "security", "market", "companies", "investment",
        "expand", "last", "year", "in", "Seoul", "North", "Korea", "missile", "launch", "condemned", "Canada", "players",
    ];

    private static readonly string[] Acronyms = ["UN", "APEC", "ICBM", "G7", "NATO", "ASEAN", "KOSPI", "IMF", "MSMT"];

    private static readonly Gen<string> Number = Gen.Int[1, 99_999].Select(n => n.ToString(CultureInfo.InvariantCulture));

    private static readonly Gen<string> KoreanToken = Gen.Frequency(
        (12, Gen.OneOf(KoreanWords)),
        (1, Number),
        (1, Gen.Int[1, 999].Select(n => n.ToString(CultureInfo.InvariantCulture) + "만")),
        (1, Gen.OneOf(Acronyms).Select(a => "(" + a + ")")));

    private static readonly Gen<string> EnglishToken = Gen.Frequency(
        (12, Gen.OneOf(EnglishWords)),
        (1, Number),
        (1, Gen.OneOf(Acronyms)));

    public static readonly Gen<string> KoreanSentence = Gen.Frequency(
        (30, KoreanToken.Array[2, 14].Select(t => string.Join(' ', t) + " 밝혔다.")),
        (1, Gen.Const(string.Empty)));

    public static readonly Gen<string> EnglishSentence = Gen.Frequency(
        (30, EnglishToken.Array[2, 24].Select(t => "The " + string.Join(' ', t) + ".")),
        (1, Gen.Const(string.Empty)));

    /// <summary>Up to 60 sentences a side, joined one a line: the --segmented input.</summary>
    public static readonly Gen<(string Korean, string English)> Pair = Gen.Select(
        KoreanSentence.Array[0, 60].Select(Lines),
        EnglishSentence.Array[0, 60].Select(Lines));

    /// <summary>1,000 to 3,000 sentences a side: past the full-search limit, so the band and the corridor are used.</summary>
    public static readonly Gen<(string Korean, string English)> LongPair = Gen.Select(
        KoreanSentence.Array[1_000, 3_000].Select(Lines),
        EnglishSentence.Array[1_000, 3_000].Select(Lines));

    public static string Describe((string Korean, string English) pair) =>
        $"{Count(pair.Korean)} Korean lines, {Count(pair.English)} English lines\n--- Korean\n{pair.Korean}\n--- English\n{pair.English}";

    private static string Lines(string[] sentences) => string.Join('\n', sentences);

    private static int Count(string text) => text.Split('\n').Length;
}
