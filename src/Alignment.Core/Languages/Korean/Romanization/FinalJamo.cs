namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>The 27 final consonants and clusters in Unicode order (None = no final), named by their letters.</summary>
internal enum FinalJamo
{
    None, G, Kk, Gs, N, Nj, Nh, D, L, Lg, Lm, Lb, Ls, Lt, Lp, Lh, M, B, Bs, S, Ss, Ng, J, Ch, K, T, P, H,
}
