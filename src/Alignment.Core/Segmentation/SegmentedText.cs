using Alignment.Core.Text;

namespace Alignment.Core.Segmentation;

/// <summary>A file's text cut into sentences, with what cleaning left out.</summary>
public sealed record SegmentedText(SourceText Source, IReadOnlyList<Sentence> Sentences, IReadOnlyList<ExcludedSpan> Excluded)
{
    public string Text => Source.Text;
}
