using Alignment.Core.Checks;
using Alignment.Core.Glossary;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Tests.Checks;

/// <summary>Binary search over sentences and hits bucketed by sentence give what a scan of the whole story gives.</summary>
public sealed class SentenceSearchTests
{
    [Fact]
    public void Should_find_the_sentence_holding_an_offset_as_a_scan_does()
    {
        foreach (var sentences in RandomStories(seed: 3))
        {
            var end = sentences.Count == 0 ? 10 : sentences[^1].End + 5;
            for (var offset = 0; offset < end; offset++)
            {
                var holding = sentences.FirstOrDefault(s => s.Start <= offset && offset < s.End);
                var next = sentences.FirstOrDefault(s => s.End > offset);

                SentenceSearch.Holding(sentences, offset).ShouldBe(holding?.Index ?? -1);
                SentenceSearch.FirstEndingAfter(sentences, offset).ShouldBe(next?.Index ?? -1);
            }
        }
    }

    [Fact]
    public void Should_bucket_each_hit_in_the_sentence_that_holds_it_whole()
    {
        var random = new Random(7);
        foreach (var sentences in RandomStories(seed: 5))
        {
            var end = sentences.Count == 0 ? 10 : sentences[^1].End + 5;
            var hits = Enumerable.Range(0, 40)
                .Select(_ => random.Next(0, end))
                .Select(start => new TermHit(0, "t", start, start + random.Next(1, 12), "t", string.Empty))
                .OrderBy(h => h.Start)
                .ToList();

            var buckets = SentenceSearch.Bucket(hits, sentences);

            buckets.Length.ShouldBe(sentences.Count);
            for (var k = 0; k < sentences.Count; k++)
            {
                buckets[k].ShouldBe(hits.Where(h => h.Start >= sentences[k].Start && h.End <= sentences[k].End).ToArray());
            }
        }
    }

    // Sentences in text order with gaps between some of them (a dateline, a blank line), as the segmenter makes them.
    private static IEnumerable<List<Sentence>> RandomStories(int seed)
    {
        var random = new Random(seed);
        for (var story = 0; story < 50; story++)
        {
            var sentences = new List<Sentence>();
            var at = random.Next(0, 3);
            var count = random.Next(0, 12);
            for (var k = 0; k < count; k++)
            {
                var length = random.Next(1, 20);
                sentences.Add(new Sentence(k, at, at + length, new string('x', length), 0));
                at += length + random.Next(0, 3);
            }

            yield return sentences;
        }
    }
}
