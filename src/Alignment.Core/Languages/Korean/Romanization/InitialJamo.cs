namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>The 19 initial consonants in Unicode order, named by their RR spelling (Kk = ㄲ, Silent = ㅇ).</summary>
internal enum InitialJamo
{
    G, Kk, N, D, Tt, R, M, B, Pp, S, Ss, Silent, J, Jj, Ch, K, T, P, H,
}
