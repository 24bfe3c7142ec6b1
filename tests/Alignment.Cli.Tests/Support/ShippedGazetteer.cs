using Alignment.Core.Pipeline;
using Alignment.Core.Text;

namespace Alignment.Cli.Tests.Support;

/// <summary>A check pipeline with the gazetteer the tool ships (glossary/gazetteer.csv) and no glossary.</summary>
internal static class ShippedGazetteer
{
    private static readonly CheckPipeline Pipeline = CheckPipeline.Create(new PipelineOptions
    {
        GazetteerFile = Path.Combine(Repository.Root, "glossary", "gazetteer.csv"),
    });

    /// <summary>The findings of one check on a one-sentence story.</summary>
    public static IReadOnlyList<Core.Findings.Finding> Check(string korean, string english, string check) =>
        [.. Pipeline.Check("story", SourceText.FromString(korean + "\n"), SourceText.FromString(english + "\n")).Findings.Where(f => f.Check == check)];
}
