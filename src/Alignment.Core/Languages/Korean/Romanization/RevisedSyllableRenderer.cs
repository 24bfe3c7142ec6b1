namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>Revised Romanization spellings (Ministry of Culture and Tourism notice 2000-8, tables 1 and 2).</summary>
internal sealed class RevisedSyllableRenderer : ISyllableRenderer
{
    public static RevisedSyllableRenderer Instance { get; } = new();

    // Indexed by InitialJamo; ㄱ ㄷ ㅂ are g d b everywhere before a vowel (가 ga, 부산 Busan).
    private static readonly string[] Onsets =
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    // Indexed by medial, ㅏ..ㅣ.
    private static readonly string[] Vowels =
    [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
        "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
    ];

    // Indexed by Coda.
    private static readonly string[] Codas = ["", "k", "n", "t", "l", "m", "p", "ng"];

    private RevisedSyllableRenderer()
    {
    }

    public string Render(SpokenSyllable syllable, Coda? previous)
    {
        // ㄹ is r before a vowel but ㄹㄹ is ll (울릉 Ulleung, 신라 Silla after assimilation).
        var onset = syllable.Onset == InitialJamo.R && previous == Coda.L ? "l" : Onsets[(int)syllable.Onset];
        return string.Concat(onset, Vowels[syllable.Medial], Codas[(int)syllable.Coda]);
    }
}
