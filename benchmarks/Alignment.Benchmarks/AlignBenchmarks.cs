using Alignment.Benchmarks.Generation;
using Alignment.Core.Alignment;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>Aligning pre-segmented generated stories (the <c>--segmented</c> path): aligner only, no loading or segmenting.</summary>
/// <remarks>
/// Fifteen warm-up calls, whatever the job says: the search's loops are called twice an alignment, and with tiered
/// compilation they run as quick, unoptimised code until they have been called about thirty times. Three warm-ups
/// (<c>--job short</c>) measured that code, at more than twice the steady time. The first call of a process is
/// measured on its own by <c>--once</c>.
/// </remarks>
[WarmupCount(15)]
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class AlignBenchmarks
{
    private SentenceAligner aligner = null!;
    private SegmentedText source = null!;
    private SegmentedText target = null!;

    [Params(100, 1_000, 10_000)]
    public int Pairs { get; set; }

    [Params(false, true)]
    public bool Glossary { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var story = StoryGenerator.Generate(Pairs);
        var segmenter = new SentenceSegmenter();
        source = segmenter.SegmentLines(SourceText.FromString(story.KoreanLines));
        target = segmenter.SegmentLines(SourceText.FromString(story.EnglishLines));
        aligner = new SentenceAligner(KoreanProfile.Instance, EnglishProfile.Instance, Glossaries.Load(Glossary));
    }

    [Benchmark]
    public AlignmentResult Align() => aligner.Align(source, target);
}
