namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>How each final letter sounds on its own, and what it hands to a following vowel.</summary>
internal static class FinalConsonants
{
    // Indexed by FinalJamo. Clusters keep their first consonant (ㄳ, ㄵ, ㄼ, ㅄ) except ㄺ and ㄻ,
    // which keep the second (닭 dak, 삶 sam); 밟- (bap) is lexical and not modelled.
    private static readonly Coda[] Neutral =
    [
        Coda.None, Coda.K, Coda.K, Coda.K, Coda.N, Coda.N, Coda.N, Coda.T, Coda.L, Coda.K,
        Coda.M, Coda.L, Coda.L, Coda.L, Coda.P, Coda.L, Coda.M, Coda.P, Coda.P, Coda.T,
        Coda.T, Coda.Ng, Coda.T, Coda.T, Coda.K, Coda.T, Coda.P, Coda.T,
    ];

    public static Coda Sound(FinalJamo final) => Neutral[(int)final];

    /// <summary>
    /// Before a vowel the last consonant of the final moves into the next syllable (한국어 hangugeo,
    /// 닭이 dalgi, 값이 gapsi); ㅎ disappears (좋아 joa, 않아 ana, 싫어 sireo); ㅇ never moves.
    /// </summary>
    public static (FinalJamo Kept, InitialJamo Moved) Liaison(FinalJamo final) => final switch
    {
        FinalJamo.G => (FinalJamo.None, InitialJamo.G),
        FinalJamo.Kk => (FinalJamo.None, InitialJamo.Kk),
        FinalJamo.Gs => (FinalJamo.G, InitialJamo.S),
        FinalJamo.N => (FinalJamo.None, InitialJamo.N),
        FinalJamo.Nj => (FinalJamo.N, InitialJamo.J),
        FinalJamo.Nh => (FinalJamo.None, InitialJamo.N),
        FinalJamo.D => (FinalJamo.None, InitialJamo.D),
        FinalJamo.L => (FinalJamo.None, InitialJamo.R),
        FinalJamo.Lg => (FinalJamo.L, InitialJamo.G),
        FinalJamo.Lm => (FinalJamo.L, InitialJamo.M),
        FinalJamo.Lb => (FinalJamo.L, InitialJamo.B),
        FinalJamo.Ls => (FinalJamo.L, InitialJamo.S),
        FinalJamo.Lt => (FinalJamo.L, InitialJamo.T),
        FinalJamo.Lp => (FinalJamo.L, InitialJamo.P),
        FinalJamo.Lh => (FinalJamo.None, InitialJamo.R),
        FinalJamo.M => (FinalJamo.None, InitialJamo.M),
        FinalJamo.B => (FinalJamo.None, InitialJamo.B),
        FinalJamo.Bs => (FinalJamo.B, InitialJamo.S),
        FinalJamo.S => (FinalJamo.None, InitialJamo.S),
        FinalJamo.Ss => (FinalJamo.None, InitialJamo.Ss),
        FinalJamo.J => (FinalJamo.None, InitialJamo.J),
        FinalJamo.Ch => (FinalJamo.None, InitialJamo.Ch),
        FinalJamo.K => (FinalJamo.None, InitialJamo.K),
        FinalJamo.T => (FinalJamo.None, InitialJamo.T),
        FinalJamo.P => (FinalJamo.None, InitialJamo.P),
        FinalJamo.H => (FinalJamo.None, InitialJamo.Silent),
        _ => (final, InitialJamo.Silent),
    };

    /// <summary>A stop before ㄴ, ㅁ or (nasalized) ㄹ becomes the nasal made in the same place: 국민 gungmin.</summary>
    public static Coda Nasalize(Coda coda) => coda switch
    {
        Coda.K => Coda.Ng,
        Coda.T => Coda.N,
        Coda.P => Coda.M,
        _ => coda,
    };
}
