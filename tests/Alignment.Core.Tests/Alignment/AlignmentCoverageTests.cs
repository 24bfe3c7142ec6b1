using Alignment.Core.Alignment;
using Alignment.Core.Segmentation;
using CsCheck;

namespace Alignment.Core.Tests.Alignment;

/// <summary>Over generated documents, the beads keep the contract: every sentence once, in order, with spans that read back.</summary>
public sealed class AlignmentCoverageTests
{
    [Fact]
    public void Should_cover_every_source_and_target_sentence_once_in_order()
    {
        GeneratedDocuments.Pair.Sample(pair => Aligned.Lines(pair).ShouldCoverEverySentenceOnceInOrder(), iter: 200, print: GeneratedDocuments.Describe);
    }

    [Fact]
    public void Should_cover_every_sentence_of_long_documents_through_the_banded_search()
    {
        GeneratedDocuments.LongPair.Sample(
            pair =>
            {
                var aligned = Aligned.Lines(pair);
                ((long)(aligned.Source.Sentences.Count + 1) * (aligned.Target.Sentences.Count + 1)).ShouldBeGreaterThan(AlignerOptions.Default.FullSearchCells);
                aligned.ShouldCoverEverySentenceOnceInOrder();
            },
            iter: 4,
            threads: 1,
            print: p => GeneratedDocuments.Describe(p)[..200]);
    }

    [Fact]
    public void Should_give_every_bead_spans_whose_substring_is_its_sentences()
    {
        GeneratedDocuments.Pair.Sample(pair =>
        {
            var aligned = Aligned.Lines(pair);
            ShouldReadBack(aligned.Source, aligned.Result.Beads.Select(b => b.SourceIds));
            ShouldReadBack(aligned.Target, aligned.Result.Beads.Select(b => b.TargetIds));
        }, iter: 200, print: GeneratedDocuments.Describe);
    }

    private static void ShouldReadBack(SegmentedText text, IEnumerable<IReadOnlyList<int>> beads)
    {
        var previousEnd = 0;
        foreach (var ids in beads)
        {
            if (Aligned.Span(text, ids) is not var (start, end))
            {
                continue;
            }

            start.ShouldBeGreaterThanOrEqualTo(previousEnd, "beads overlap or run backwards");
            var span = text.Text.Substring(start, end - start);
            span.ShouldStartWith(text.Sentences[ids[0]].Text);
            span.ShouldEndWith(text.Sentences[ids[^1]].Text);
            foreach (var sentence in ids.Select(i => text.Sentences[i]))
            {
                sentence.Start.ShouldBeGreaterThanOrEqualTo(start);
                sentence.End.ShouldBeLessThanOrEqualTo(end);
                text.Text.Substring(sentence.Start, sentence.Length).ShouldBe(sentence.Text);
            }

            previousEnd = end;
        }
    }
}
