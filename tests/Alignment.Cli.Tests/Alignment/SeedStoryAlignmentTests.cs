using Alignment.Cli.Tests.Support;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Pipeline;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Cli.Tests.Alignment;

/// <summary>
/// The seed story aligned as a bilingual reader pairs it: the Korean was written one sentence per English
/// sentence of the news part (the English "…discussed the following. adopted a joint statement." is two sentences,
/// the second lower-case, as the Korean 논의했다. 채택했다. is), and the appended English interview has no Korean at all.
/// </summary>
public sealed class SeedStoryAlignmentTests
{
    private const int InterviewStart = 33;
    private const int EnglishCount = 72;

    // (Korean ids, English ids) of the news part, read pair by pair: every Korean sentence has its own English one.
    private static readonly (int[] Source, int[] Target)[] News =
        Enumerable.Range(0, InterviewStart).Select(k => (new[] { k }, new[] { k })).ToArray();

    [Fact]
    public void Should_segment_the_seed_story_as_the_expected_beads_assume()
    {
        var (source, target) = Segmented();

        source.Sentences.Count.ShouldBe(33);
        target.Sentences.Count.ShouldBe(EnglishCount);
        target.Sentences[4].Text.ShouldEndWith("discussed the following.");
        target.Sentences[5].Text.ShouldBe("adopted a joint statement.");
        target.Sentences[InterviewStart - 1].Text.ShouldStartWith("The two countries decided to hold a 2+2 ministerial meeting");
        target.Sentences[InterviewStart].Text.ShouldBe("Interview Between Time.news Editor and Expert on International Relations");
    }

    [Fact]
    public void Should_align_the_seed_story_as_a_bilingual_reader_pairs_it()
    {
        var (source, target) = Segmented();
        var pipeline = CheckPipeline.Create(new PipelineOptions
        {
            GlossaryFiles = [Path.Combine(Repository.Root, "glossary", "ko-en-news.csv")],
            GazetteerFile = Path.Combine(Repository.Root, "glossary", "gazetteer.csv"),
        });

        var result = pipeline.Aligner.Align(source, target);

        var interview = Enumerable.Range(InterviewStart, EnglishCount - InterviewStart).Select(j => (Source: Array.Empty<int>(), Target: new[] { j }));
        var expected = News.Concat(interview).Select(b => Format(b.Source, b.Target)).ToList();
        result.Beads.Select(b => Format(b.SourceIds, b.TargetIds)).ToList().ShouldBe(expected);
        result.Beads.Where(b => !b.IsPair).ShouldAllBe(b => b.Score == 0);
    }

    private static (SegmentedText Source, SegmentedText Target) Segmented()
    {
        var folder = Path.Combine(Repository.Corpora, Corpus.Seed);
        var segmenter = new SentenceSegmenter();
        return (segmenter.Segment(TextLoader.Load(Path.Combine(folder, "source.ko.txt")), KoreanProfile.Instance),
            segmenter.Segment(TextLoader.Load(Path.Combine(folder, "target.en.txt")), EnglishProfile.Instance));
    }

    private static string Format(IReadOnlyList<int> source, IReadOnlyList<int> target) => $"{string.Join(' ', source)} → {string.Join(' ', target)}";
}
