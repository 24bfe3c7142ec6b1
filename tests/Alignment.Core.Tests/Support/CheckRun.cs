using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Support;

/// <summary>
/// Runs the whole check pipeline over a Korean and an English text, with a glossary (none when null) and
/// optionally a gazetteer written to temp files.
/// </summary>
internal static class CheckRun
{
    public static DocumentReport Of(string korean, string english, string? glossary = Story.Glossary, string? gazetteer = null)
    {
        using var temp = new TempFolder();
        var pipeline = CheckPipeline.Create(new PipelineOptions
        {
            GlossaryFiles = glossary is null ? [] : [temp.Write("glossary.csv", glossary)],
            GazetteerFile = gazetteer is null ? null : temp.Write("gazetteer.csv", gazetteer),
        });
        return pipeline.Check("doc", SourceText.FromString(korean, "source.ko.txt"), SourceText.FromString(english, "target.en.txt"));
    }

    public static IReadOnlyList<Finding> Findings(string korean, string english, string check) =>
        Of(korean, english).Findings.Where(f => f.Check == check).ToList();

    /// <summary>One sentence pair checked with no glossary and no gazetteer: only the check under test speaks.</summary>
    public static IReadOnlyList<Finding> Bare(string korean, string english, string check) =>
        Of(korean + "\n", english + "\n", glossary: null).Findings.Where(f => f.Check == check).ToList();
}
