using Alignment.Core.Alignment;
using Alignment.Core.Findings;
using Alignment.Core.Segmentation;

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
}
