using Alignment.Core.Alignment;

namespace Alignment.Core.Pipeline;

/// <summary>What a run is built from. The pipeline built from it is immutable and shared by every story.</summary>
public sealed record PipelineOptions
{
    public IReadOnlyList<string> GlossaryFiles { get; init; } = [];

    /// <summary>The gazetteer of countries, capitals, regions and organisations (glossary/gazetteer.csv), if any.</summary>
    public string? GazetteerFile { get; init; }

    public IReadOnlySet<string> SkipChecks { get; init; } = new HashSet<string>();

    public AlignerOptions Aligner { get; init; } = AlignerOptions.Default;

    public string SourceLanguage { get; init; } = "ko";

    public string TargetLanguage { get; init; } = "en";
}
