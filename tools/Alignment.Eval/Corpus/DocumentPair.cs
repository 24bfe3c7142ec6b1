namespace Alignment.Eval.Corpus;

/// <summary>A run of consecutive corpus lines treated as one story, still aligned line for line.</summary>
public sealed record DocumentPair(int Index, IReadOnlyList<string> Korean, IReadOnlyList<string> English)
{
    public int Count => Korean.Count;
}
