namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// The seven sounds a syllable can end in once its final letter is pronounced
/// (ㅅ, ㅈ, ㅊ, ㅌ, ㅎ all end in t; clusters keep one consonant).
/// </summary>
internal enum Coda
{
    None, K, N, T, L, M, P, Ng,
}
