namespace Alignment.Benchmarks.Generation;

/// <summary>A generated Korean story and its English, one sentence a line or laid out as paragraphs.</summary>
public sealed record SyntheticStory(IReadOnlyList<string> Korean, IReadOnlyList<string> English)
{
    public string KoreanLines => string.Join('\n', Korean) + "\n";

    public string EnglishLines => string.Join('\n', English) + "\n";
}
