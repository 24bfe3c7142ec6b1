namespace Alignment.Core.Findings;

/// <summary>
/// One problem found: where (bead, offsets into the decoded files), what (found), what the source or glossary
/// requires (expected), and the corrected sentence where the fix is mechanical (suggestion).
/// </summary>
public sealed record Finding
{
    public string Id { get; init; } = string.Empty;

    public required string Document { get; init; }

    public required int Segment { get; init; }

    public required string Check { get; init; }

    public required Severity Severity { get; init; }

    public int? SourceStart { get; init; }

    public int? SourceEnd { get; init; }

    public int? TargetStart { get; init; }

    public int? TargetEnd { get; init; }

    public string SourceText { get; init; } = string.Empty;

    public string TargetText { get; init; } = string.Empty;

    public string Found { get; init; } = string.Empty;

    public string Expected { get; init; } = string.Empty;

    public string Suggestion { get; init; } = string.Empty;

    public required string Message { get; init; }

    public string Status { get; init; } = string.Empty;

    public string Comment { get; init; } = string.Empty;
}
