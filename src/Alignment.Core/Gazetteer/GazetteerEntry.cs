namespace Alignment.Core.Gazetteer;

/// <summary>
/// A named entity of world news with its English and Korean forms, the one-syllable abbreviations Korean
/// compounds use (한미, 북러), and for a capital or a region the country it belongs to.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    EntityKind Kind,
    IReadOnlyList<string> English,
    IReadOnlyList<string> Korean,
    IReadOnlyList<string> Abbreviations,
    string? Country);
