using System.Text.RegularExpressions;

namespace Alignment.Core.Segmentation;

/// <summary>Per-language sentence-boundary knowledge, loaded from the profile's data files.</summary>
public sealed record SegmentationRules(
    bool CaseMarksSentenceStart,
    IReadOnlySet<string> TitleAbbreviations,
    IReadOnlySet<string> Abbreviations,
    IReadOnlySet<string> SentenceStarters,
    IReadOnlyList<Regex> Datelines,
    IReadOnlyList<Regex> Boilerplate)
{
    public static SegmentationRules Empty { get; } = new(false, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), [], []);
}
