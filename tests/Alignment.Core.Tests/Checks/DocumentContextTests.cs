using Alignment.Core.Alignment;
using Alignment.Core.Checks;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Pipeline;
using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Checks;

/// <summary>The context the checks share: the glossary is searched once per story, by the aligner.</summary>
public sealed class DocumentContextTests
{
    private const string Korean = "한-캐나다 외교장관은 인태 전략을 논의했다.\n";
    private const string English = "The Korea-Canada foreign ministers discussed the Indo-Pacific strategy.\n";

    [Fact]
    public void Should_reuse_the_glossary_hits_the_aligner_found()
    {
        var (context, alignment) = Context(sameGlossary: true);

        alignment.SourceTerms.ShouldNotBeEmpty();
        context.SourceTerms.ShouldBeSameAs(alignment.SourceTerms);
        context.TargetTerms.ShouldBeSameAs(alignment.TargetTerms);
    }

    [Fact]
    public void Should_search_again_with_a_glossary_other_than_the_aligners()
    {
        var (context, alignment) = Context(sameGlossary: false);

        context.SourceTerms.ShouldNotBeSameAs(alignment.SourceTerms);
        context.SourceTerms.Select(h => (h.Start, h.End)).ShouldBe(alignment.SourceTerms.Select(h => (h.Start, h.End)));
    }

    private static (DocumentContext Context, AlignmentResult Alignment) Context(bool sameGlossary)
    {
        using var temp = new TempFolder();
        var options = new PipelineOptions { GlossaryFiles = [temp.Write("glossary.csv", Story.Glossary)] };
        var pipeline = CheckPipeline.Create(options);
        var segmenter = new SentenceSegmenter();
        var source = segmenter.Segment(SourceText.FromString(Korean), KoreanProfile.Instance);
        var target = segmenter.Segment(SourceText.FromString(English), EnglishProfile.Instance);
        var alignment = pipeline.Aligner.Align(source, target);
        var glossary = sameGlossary ? pipeline.Glossary : CheckPipeline.Create(options).Glossary;
        return (new DocumentContext("doc", source, target, alignment, glossary, KoreanProfile.Instance, EnglishProfile.Instance), alignment);
    }
}
