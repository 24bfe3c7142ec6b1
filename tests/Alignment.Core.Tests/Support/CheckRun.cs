using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Support;

/// <summary>Runs the whole check pipeline over a Korean and an English text with a glossary written to a temp file.</summary>
internal static class CheckRun
{
    public static DocumentReport Of(string korean, string english, string glossary = Story.Glossary)
    {
        using var temp = new TempFolder();
        var pipeline = CheckPipeline.Create(new PipelineOptions { GlossaryFiles = [temp.Write("glossary.csv", glossary)] });
        return pipeline.Check("doc", SourceText.FromString(korean, "source.ko.txt"), SourceText.FromString(english, "target.en.txt"));
    }

    public static IReadOnlyList<Finding> Findings(string korean, string english, string check) =>
        Of(korean, english).Findings.Where(f => f.Check == check).ToList();
}
