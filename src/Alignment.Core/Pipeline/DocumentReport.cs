using Alignment.Core.Alignment;
using Alignment.Core.Findings;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Pipeline;

/// <summary>What checking one story produced.</summary>
public sealed record DocumentReport(
    string Document,
    SegmentedText Source,
    SegmentedText Target,
    AlignmentResult Alignment,
    IReadOnlyList<Finding> Findings)
{
    public IReadOnlyList<string> Warnings => Alignment.Warnings;

    /// <summary>
    /// The same report in the normalized texts' offsets, where the checks ran; the report itself when the files
    /// needed no normalization. Checks across stories run on it.
    /// </summary>
    internal DocumentReport? Analysis { get; init; }

    internal NormalizedText? SourceNormalized { get; init; }

    internal NormalizedText? TargetNormalized { get; init; }
}
