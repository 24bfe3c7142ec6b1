namespace Alignment.Core.Checks.Accuracy.Titles;

/// <summary>One line of English/title-ranks.txt: an English rank's words, its head word, and the Korean titles that may stand for it.</summary>
internal sealed record RankLine(string[] Words, string Head, string[] Korean)
{
    public string Name => string.Join(' ', Words);
}
