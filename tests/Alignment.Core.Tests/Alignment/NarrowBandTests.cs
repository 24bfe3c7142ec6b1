using System.Globalization;
using Alignment.Core.Alignment;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// Long documents are first searched in a narrow band and in the whole band only when the path comes near its
/// edge: either way the alignment is the one the whole band gives.
/// </summary>
public sealed class NarrowBandTests
{
    private const int Pairs = 600;

    [Fact]
    public void Should_align_as_the_whole_band_does_when_the_translation_stays_near_the_diagonal()
    {
        var (source, target) = Story(dropped: 5);

        Fingerprint(Beads(source, target, narrow: 20)).ShouldBe(Fingerprint(Beads(source, target, narrow: 60)));
    }

    [Fact]
    public void Should_follow_a_long_omission_the_narrow_band_cannot_hold()
    {
        // Sixty sentences dropped from the middle put the path 27 sentences off the diagonal, past a band of 20.
        var (source, target) = Story(dropped: 60);

        var beads = Beads(source, target, narrow: 20);

        Fingerprint(beads).ShouldBe(Fingerprint(Beads(source, target, narrow: 60)));
        beads.Count(b => b.TargetIds.Count == 0).ShouldBeGreaterThanOrEqualTo(55);
        beads.Where(b => b.IsPair).ShouldAllBe(b => b.SourceIds.Count == 1 && b.TargetIds.Count == 1);
    }

    private static string Fingerprint(List<Bead> beads) =>
        string.Join('\n', beads.Select(b => $"{string.Join(' ', b.SourceIds)}|{string.Join(' ', b.TargetIds)}|{b.Score}"));

    private static List<Bead> Beads(SegmentedText source, SegmentedText target, int narrow)
    {
        var options = AlignerOptions.Default with { NarrowBandHalfWidth = narrow };
        var aligner = new SentenceAligner(KoreanProfile.Instance, EnglishProfile.Instance, TermGlossary.Empty(KoreanProfile.Instance, EnglishProfile.Instance), options);
        return aligner.Align(source, target).Beads.ToList();
    }

    // Each pair carries its own numbers, so every sentence has one right partner; the English drops a run of
    // sentences from the middle.
    private static (SegmentedText Source, SegmentedText Target) Story(int dropped)
    {
        var korean = new List<string>();
        var english = new List<string>();
        var gap = (Pairs / 2) - (dropped / 2);
        for (var k = 1; k <= Pairs; k++)
        {
            var (people, won) = ((k * 7) + 13, (k * 31) + 1000);
            korean.Add(string.Create(CultureInfo.InvariantCulture, $"제{k}차 회의에는 {people}명이 참석했고 예산은 {won}억 원으로 정해졌다."));
            if (k <= gap || k > gap + dropped)
            {
                english.Add(string.Create(CultureInfo.InvariantCulture, $"The {k}th meeting drew {people} people and set a budget of {won * 100:N0} million won."));
            }
        }

        var segmented = Aligned.Lines((string.Join('\n', korean) + "\n", string.Join('\n', english) + "\n"));
        return (segmented.Source, segmented.Target);
    }
}
