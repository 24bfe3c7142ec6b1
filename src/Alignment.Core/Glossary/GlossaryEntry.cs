using Alignment.Core.Findings;

namespace Alignment.Core.Glossary;

/// <summary>
/// One glossary row: where the source contains one of <see cref="Sources"/>, the aligned target must contain one of
/// <see cref="Targets"/> and none of <see cref="Forbidden"/>.
/// </summary>
public sealed record GlossaryEntry(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Forbidden,
    string Note,
    Severity? Severity,
    bool CaseSensitive,
    string File,
    int Line);
