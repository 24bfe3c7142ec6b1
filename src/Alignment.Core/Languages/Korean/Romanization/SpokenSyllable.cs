namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>A syllable as pronounced in its word: the onset after liaison and assimilation, the vowel, the coda sound.</summary>
internal readonly record struct SpokenSyllable(InitialJamo Onset, int Medial, Coda Coda);
