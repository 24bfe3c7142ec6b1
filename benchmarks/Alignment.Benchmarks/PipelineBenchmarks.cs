using Alignment.Benchmarks.Generation;
using Alignment.Core.Pipeline;
using Alignment.Core.Text;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>The whole check of one generated 1,000-sentence story given as running text: segment, align, every check.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PipelineBenchmarks
{
    private CheckPipeline pipeline = null!;
    private SourceText source = null!;
    private SourceText target = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (korean, english) = StoryGenerator.AsRunningText(StoryGenerator.Generate(1_000));
        source = SourceText.FromString(korean, "source.ko.txt");
        target = SourceText.FromString(english, "target.en.txt");
        pipeline = CheckPipeline.Create(new PipelineOptions { GlossaryFiles = [Glossaries.DefaultPath] });
    }

    [Benchmark]
    public DocumentReport CheckStory() => pipeline.Check("generated-1000", source, target);
}
