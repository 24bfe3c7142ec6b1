namespace Alignment.Core.Checks.Accuracy.Titles;

/// <summary>
/// A rank the English gives someone: the whole title as written ("BOK Senior Deputy Governor"), the rank within it
/// ("Senior Deputy Governor", offsets in the sentence) and the line of English/title-ranks.txt it reads as.
/// </summary>
internal sealed record EnglishRank(string Title, string Rank, int RankStart, RankLine Line);
