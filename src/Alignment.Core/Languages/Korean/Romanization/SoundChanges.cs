namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// The sound changes the Revised Romanization writes down (RR 2000, section 3, rule 1): liaison,
/// nasalization, ㄹ assimilation, palatalization and aspiration with ㅎ. Tensing (압구정
/// Apgujeong) is deliberately not applied because RR does not write it. McCune-Reischauer
/// writes the same changes, so both romanizers start from this.
/// </summary>
internal static class SoundChanges
{
    private const int VowelI = 20;

    /// <summary>
    /// One spoken syllable per written one. With <paramref name="assimilate"/> off each syllable is
    /// pronounced on its own, as RR asks for personal names (한복남 Han Boknam).
    /// </summary>
    public static SpokenSyllable[] Apply(ReadOnlySpan<HangulSyllable> word, bool assimilate, bool aspirateStopsBeforeH)
    {
        var spoken = new SpokenSyllable[word.Length];
        var onset = word.IsEmpty ? InitialJamo.Silent : (InitialJamo)word[0].Initial;
        for (var i = 0; i < word.Length; i++)
        {
            var final = (FinalJamo)word[i].Final;
            var coda = FinalConsonants.Sound(final);
            var nextOnset = InitialJamo.Silent;
            if (i + 1 < word.Length)
            {
                nextOnset = (InitialJamo)word[i + 1].Initial;
                if (assimilate)
                {
                    (coda, nextOnset) = Boundary(final, nextOnset, word[i + 1].Medial, aspirateStopsBeforeH);
                }
            }

            spoken[i] = new SpokenSyllable(onset, word[i].Medial, coda);
            onset = nextOnset;
        }

        return spoken;
    }

    private static (Coda Coda, InitialJamo Onset) Boundary(FinalJamo final, InitialJamo next, int nextMedial, bool aspirateStops)
    {
        if (final == FinalJamo.None)
        {
            return (Coda.None, next);
        }

        if (next == InitialJamo.Silent)
        {
            return final == FinalJamo.Ng ? (Coda.Ng, next) : LinkToVowel(final, nextMedial);
        }

        if (final is FinalJamo.H or FinalJamo.Nh or FinalJamo.Lh && AspirateAfterH(final, next) is { } afterH)
        {
            return afterH;
        }

        var coda = FinalConsonants.Sound(final);
        if (next == InitialJamo.H && coda is Coda.K or Coda.T or Coda.P && aspirateStops)
        {
            return (Coda.None, AspirateStop(final, coda, nextMedial));
        }

        return (coda, next) switch
        {
            (Coda.K or Coda.T or Coda.P, InitialJamo.N or InitialJamo.M) => (FinalConsonants.Nasalize(coda), next),
            (Coda.L, InitialJamo.R or InitialJamo.N) => (Coda.L, InitialJamo.R), // 설날 seollal, 울릉 ulleung
            (Coda.N, InitialJamo.R) => (Coda.L, InitialJamo.R), // 신라 silla
            (_, InitialJamo.R) => (FinalConsonants.Nasalize(coda), InitialJamo.N), // 종로 jongno, 백리 baengni
            _ => (coda, next),
        };
    }

    private static (Coda, InitialJamo) LinkToVowel(FinalJamo final, int nextMedial)
    {
        var (kept, moved) = FinalConsonants.Liaison(final);
        if (nextMedial == VowelI)
        {
            // ㄷ and ㅌ before 이 are said ㅈ and ㅊ: 해돋이 haedoji, 같이 gachi.
            moved = moved switch
            {
                InitialJamo.D => InitialJamo.J,
                InitialJamo.T => InitialJamo.Ch,
                _ => moved,
            };
        }

        return (FinalConsonants.Sound(kept), moved);
    }

    /// <summary>ㅎ then ㄱ, ㄷ, ㅈ is aspirated (좋고 joko, 많다 manta); ㅎ then ㅅ is ㅆ; ㅎ then ㄴ is ㄴ (놓는 nonneun).</summary>
    private static (Coda, InitialJamo)? AspirateAfterH(FinalJamo final, InitialJamo next)
    {
        var rest = final switch
        {
            FinalJamo.Nh => Coda.N,
            FinalJamo.Lh => Coda.L,
            _ => Coda.None,
        };
        InitialJamo? onset = next switch
        {
            InitialJamo.G => InitialJamo.K,
            InitialJamo.D => InitialJamo.T,
            InitialJamo.J => InitialJamo.Ch,
            InitialJamo.S => InitialJamo.Ss,
            _ => null,
        };
        if (onset is { } aspirated)
        {
            return (rest, aspirated);
        }

        return final == FinalJamo.H && next == InitialJamo.N ? (Coda.N, next) : null;
    }

    /// <summary>Stop then ㅎ, written aspirated outside nouns: 잡혀 japyeo, 맞히다 machida, 굳히다 guchida.</summary>
    private static InitialJamo AspirateStop(FinalJamo final, Coda coda, int nextMedial) => coda switch
    {
        Coda.K => InitialJamo.K,
        Coda.P => InitialJamo.P,
        _ when final is FinalJamo.J or FinalJamo.Ch || nextMedial == VowelI => InitialJamo.Ch,
        _ => InitialJamo.T,
    };
}
