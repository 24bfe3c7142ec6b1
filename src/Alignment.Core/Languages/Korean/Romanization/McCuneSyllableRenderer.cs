namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// McCune-Reischauer spellings with breves and aspiration apostrophes (평양 P'yŏngyang). Plain stops
/// are voiced (g d b j) after a vowel, ㄴ, ㄹ, ㅁ or ㅇ inside a word and voiceless elsewhere (길주 Kilju).
/// </summary>
internal sealed class McCuneSyllableRenderer : ISyllableRenderer
{
    public static McCuneSyllableRenderer Strict { get; } = new(diacritics: true);

    /// <summary>The form English text uses: no breves, no apostrophes (Pyongyang, Hamgyongbuk-do).</summary>
    public static McCuneSyllableRenderer Loose { get; } = new(diacritics: false);

    // Indexed by InitialJamo; the plain stops ㄱ ㄷ ㅂ ㅈ are looked up in Voiced/Voiceless instead.
    private static readonly string[] Onsets =
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"];

    private static readonly string[] Vowels =
    [
        "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae",
        "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i",
    ];

    private static readonly string[] Codas = ["", "k", "n", "t", "l", "m", "p", "ng"];

    private const int VowelWi = 16;

    private readonly bool diacritics;

    private McCuneSyllableRenderer(bool diacritics)
    {
        this.diacritics = diacritics;
    }

    public string Render(SpokenSyllable syllable, Coda? previous)
    {
        var voiced = previous is Coda.None or Coda.N or Coda.L or Coda.M or Coda.Ng;
        var onset = syllable.Onset switch
        {
            InitialJamo.G when voiced => "g",
            InitialJamo.D when voiced => "d",
            InitialJamo.B when voiced => "b",
            InitialJamo.J when voiced => "j",
            InitialJamo.R when previous == Coda.L => "l",
            InitialJamo.S when syllable.Medial == VowelWi => "sh",
            _ => Onsets[(int)syllable.Onset],
        };

        // n'g keeps 한국 Han'guk apart from a ㅇ final (항구 hanggu).
        if (previous == Coda.N && onset == "g")
        {
            onset = "'g";
        }

        var spelled = string.Concat(onset, Vowels[syllable.Medial], Codas[(int)syllable.Coda]);
        return diacritics ? spelled : Plain(spelled);
    }

    private static string Plain(string spelled) =>
        spelled.Contains('\'') || spelled.Contains('ŏ') || spelled.Contains('ŭ')
            ? spelled.Replace("'", "", StringComparison.Ordinal).Replace('ŏ', 'o').Replace('ŭ', 'u')
            : spelled;
}
