namespace Alignment.Core.Languages.Korean.Romanization;

public enum RomanizationMode
{
    /// <summary>Running text: sound changes across syllables are written (종로 jongno), output in lower case.</summary>
    Word,

    /// <summary>
    /// A personal name: no sound change between syllables (RR 2000 section 3, rule 4: 한복남 Han Boknam),
    /// surname apart from the given name, given-name syllables hyphenated, each part capitalized
    /// (조태열 Jo Tae-yeol). A name without a space is split after the surname.
    /// </summary>
    PersonalName,
}
