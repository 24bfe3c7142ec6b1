namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>Spells one spoken syllable in a romanization system; the systems differ only here.</summary>
internal interface ISyllableRenderer
{
    /// <param name="syllable">The syllable after sound changes.</param>
    /// <param name="previous">The coda before it in the same word, or null at the start of a word.</param>
    string Render(SpokenSyllable syllable, Coda? previous);
}
