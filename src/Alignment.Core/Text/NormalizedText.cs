namespace Alignment.Core.Text;

/// <summary>
/// A file's text as the analysis reads it (<see cref="Analysis"/>), the file's own text (<see cref="Original"/>) and
/// the way from offsets in the one to offsets in the other.
/// </summary>
public sealed record NormalizedText(SourceText Original, SourceText Analysis, OffsetMap Map)
{
    public bool IsUnchanged => ReferenceEquals(Original, Analysis);
}
