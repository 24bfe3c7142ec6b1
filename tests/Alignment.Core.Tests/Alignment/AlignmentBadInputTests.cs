using Alignment.Core.Alignment;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Alignment;

/// <summary>Input that cannot align well still gets a clear answer: unpaired beads and a warning, never an exception or a hang.</summary>
public sealed class AlignmentBadInputTests
{
    private const string KoreanThree = "양국은 회담을 열었다.\n양국은 공동성명을 채택했다.\n다음 회담은 내년에 열린다.\n";
    private const string EnglishThree = "The two countries held talks.\nThey adopted a joint statement.\nThe next talks will be held next year.\n";

    [Fact]
    public void Should_leave_every_target_sentence_unpaired_when_the_source_has_none()
    {
        var aligned = Aligned.Of(Nothing(), Segments.English(EnglishThree));

        aligned.Source.Sentences.ShouldBeEmpty();
        aligned.ShouldCoverEverySentenceOnceInOrder();
        aligned.Result.Beads.ShouldAllBe(b => b.IsAddition && b.Score == 0);
        aligned.Result.Warnings.ShouldContain(w => w.Contains("may not correspond"));
    }

    [Fact]
    public void Should_leave_every_source_sentence_unpaired_when_the_target_has_none()
    {
        var aligned = Aligned.Of(Segments.Korean(KoreanThree), Nothing());

        aligned.Target.Sentences.ShouldBeEmpty();
        aligned.ShouldCoverEverySentenceOnceInOrder();
        aligned.Result.Beads.ShouldAllBe(b => b.IsOmission && b.Score == 0);
        aligned.Result.Warnings.ShouldContain(w => w.Contains("may not correspond"));
    }

    [Fact]
    public void Should_give_no_beads_when_both_sides_are_empty()
    {
        var aligned = Aligned.Of(Nothing(), Nothing());

        aligned.Result.Beads.ShouldBeEmpty();
        aligned.Result.MeanScore.ShouldBe(0);
    }

    [Fact]
    public void Should_finish_and_warn_when_one_side_is_forty_times_longer()
    {
        var english = string.Concat(Enumerable.Range(1, 200).Select(i => $"The committee reviewed item {i} of the budget and approved it.\n"));
        var aligned = Aligned.Of(Segments.Korean(KoreanThree + "양국은 협력을 강화하기로 했다.\n장관들은 기자회견을 열었다.\n"), Segments.English(english));

        (aligned.Source.Sentences.Count, aligned.Target.Sentences.Count).ShouldBe((5, 200));
        aligned.ShouldCoverEverySentenceOnceInOrder();
        aligned.Result.Warnings.ShouldContain(w => w.Contains("may not correspond"));
    }

    // Past the full-search size the search runs in a band along the diagonal; with one side hundreds of times
    // longer, the band's rows must still meet, or no path reaches the end. Small sizes stand in for an archive here.
    [Theory]
    [InlineData(3, 2000)]
    [InlineData(5, 700)]
    [InlineData(2000, 3)]
    [InlineData(1, 900)]
    public void Should_finish_in_a_band_when_one_side_is_hundreds_of_times_longer(int korean, int english)
    {
        var aligner = new SentenceAligner(KoreanProfile.Instance, EnglishProfile.Instance, TermGlossary.Empty(KoreanProfile.Instance, EnglishProfile.Instance), AlignerOptions.Default with { FullSearchCells = 100 });
        var source = Segments.Korean(string.Concat(Enumerable.Range(1, korean).Select(i => $"위원회는 예산 {i}항을 검토했다.\n")));
        var target = Segments.English(string.Concat(Enumerable.Range(1, english).Select(i => $"The committee reviewed item {i} of the budget.\n")));

        var aligned = new Aligned(source, target, aligner.Align(source, target));

        aligned.ShouldCoverEverySentenceOnceInOrder();
        aligned.Result.Warnings.ShouldContain(w => w.Contains("may not correspond"));
    }

    [Theory]
    [MemberData(nameof(Unrelated))]
    public void Should_score_unrelated_stories_low(string korean, string english)
    {
        var aligned = Aligned.Of(Segments.Korean(korean), Segments.English(english));

        (aligned.Source.Sentences.Count, aligned.Target.Sentences.Count).ShouldBe((10, 10));
        aligned.ShouldCoverEverySentenceOnceInOrder();
        var pairs = aligned.Result.Beads.Where(b => b.IsPair).ToList();
        (pairs.Count == 0 ? 0 : pairs.Average(b => b.Score)).ShouldBeLessThan(0.5);
    }

    // Equal counts let every sentence pair 1-1 by length alone; what gives unrelated stories away is that their
    // pairs share no word, number or name.
    [Theory]
    [MemberData(nameof(Unrelated))]
    public void Should_warn_that_unrelated_stories_of_equal_counts_may_not_correspond(string korean, string english)
    {
        var aligned = Aligned.Of(Segments.Korean(korean), Segments.English(english));

        aligned.Result.Warnings.ShouldContain(w => w.Contains("may not correspond"));
    }

    public static TheoryData<string, string> Unrelated() => new()
    {
        { UnrelatedStories.KoreanFootball, UnrelatedStories.EnglishExports },
        { UnrelatedStories.KoreanFootball, UnrelatedStories.EnglishMuseum },
        { UnrelatedStories.KoreanWeather, UnrelatedStories.EnglishExports },
        { UnrelatedStories.KoreanWeather, UnrelatedStories.EnglishMuseum },
    };

    private static SegmentedText Nothing()
    {
        var empty = new SentenceSegmenter().Segment(SourceText.FromString("\n"), KoreanProfile.Instance);
        empty.Sentences.ShouldBeEmpty();
        return empty;
    }
}
