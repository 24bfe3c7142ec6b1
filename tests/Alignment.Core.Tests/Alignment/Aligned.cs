using Alignment.Core.Alignment;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Alignment;

/// <summary>A pair of texts segmented one sentence a line and aligned with no glossary, and the invariants every alignment keeps.</summary>
internal sealed record Aligned(SegmentedText Source, SegmentedText Target, AlignmentResult Result)
{
    public static SentenceAligner Aligner { get; } =
        new(KoreanProfile.Instance, EnglishProfile.Instance, TermGlossary.Empty(KoreanProfile.Instance, EnglishProfile.Instance));

    public static Aligned Lines((string Korean, string English) pair)
    {
        var segmenter = new SentenceSegmenter();
        var source = segmenter.SegmentLines(SourceText.FromString(pair.Korean, "source.ko.txt"));
        var target = segmenter.SegmentLines(SourceText.FromString(pair.English, "target.en.txt"));
        return Of(source, target);
    }

    public static Aligned Of(SegmentedText source, SegmentedText target) => new(source, target, Aligner.Align(source, target));

    /// <summary>Every sentence of each side once, in document order: the concatenated ids are 0..count-1.</summary>
    public void ShouldCoverEverySentenceOnceInOrder()
    {
        Result.Beads.SelectMany(b => b.SourceIds).ShouldBe(Enumerable.Range(0, Source.Sentences.Count), "source ids");
        Result.Beads.SelectMany(b => b.TargetIds).ShouldBe(Enumerable.Range(0, Target.Sentences.Count), "target ids");
        Result.Beads.ShouldNotContain(b => b.SourceIds.Count == 0 && b.TargetIds.Count == 0, "an empty bead");
    }

    /// <summary>The bead's spans as the alignment CSV writes them: first sentence's start to last sentence's end.</summary>
    public static (int Start, int End)? Span(SegmentedText text, IReadOnlyList<int> ids) =>
        ids.Count == 0 ? null : (text.Sentences[ids[0]].Start, text.Sentences[ids[^1]].End);

    /// <summary>Beads as plain text, for comparing two runs: ids and the score's exact bits.</summary>
    public string Fingerprint() =>
        string.Join('\n', Result.Beads.Select(b => $"{string.Join(' ', b.SourceIds)}|{string.Join(' ', b.TargetIds)}|{BitConverter.DoubleToInt64Bits(b.Score)}"))
        + "\n" + string.Join('\n', Result.Warnings);
}
