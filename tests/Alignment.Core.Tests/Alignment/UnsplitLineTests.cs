using Alignment.Core.Alignment;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// One-a-line input whose Korean line holds two sentences meets the two English lines that translate them as one
/// bead, not as a pair and an addition; a line whose English holds the same sentences on one line stays a pair.
/// </summary>
public sealed class UnsplitLineTests
{
    private const string Korean = """
        정부는 새 예산안을 발표했다.
        야당 대표는 예산안이 서민 생활을 외면했다고 비판했다. 여당 원내대표는 다음 주 국회 본회의에서 예산안을 처리하겠다고 말했다.
        국회는 다음 달 예산 심사를 마친다.
        """;

    private const string English = """
        The government unveiled its new budget.
        The opposition leader said the budget ignored ordinary people.
        The ruling party floor leader said the National Assembly plenary session would pass the budget next week.
        The National Assembly finishes its budget review next month.
        """;

    [Fact]
    public void Should_pair_a_line_of_two_sentences_with_the_two_lines_that_translate_it()
    {
        Beads(Korean, English, AlignerOptions.Default).ShouldBe(["0|0", "1|1 2", "2|3"]);
    }

    [Fact]
    public void Should_give_back_most_of_the_merge_prior_when_the_line_holds_as_many_sentences()
    {
        Refund(Korean, English, 1, 2, 1, 3).ShouldBe(2.0, 1e-9);
    }

    [Fact]
    public void Should_keep_the_merge_prior_when_the_line_holds_one_sentence()
    {
        Refund(Korean.Replace("비판했다. 여당", "비판했고 여당", StringComparison.Ordinal), English, 1, 2, 1, 3).ShouldBe(0);
    }

    [Fact]
    public void Should_keep_the_merge_prior_when_the_english_lines_hold_more_sentences()
    {
        Refund(Korean, English.Replace("people.", "people. They vowed to fight it.", StringComparison.Ordinal), 1, 2, 1, 3).ShouldBe(0);
    }

    [Fact]
    public void Should_keep_the_merge_prior_of_two_korean_lines_beside_an_english_line_of_two_sentences()
    {
        // The mirror is most often one Korean sentence the translation split, beside its neighbour's pair.
        var korean = string.Join('\n', Korean.Split('\n')[1].Split(". "));
        var english = string.Join(' ', English.Split('\n')[1..3]);
        Refund(korean, english, 0, 2, 0, 1).ShouldBe(0);
    }

    [Fact]
    public void Should_keep_a_pair_whose_english_line_holds_the_same_two_sentences()
    {
        var lines = English.Split('\n');
        var joined = string.Join('\n', lines[0], lines[1] + " " + lines[2], "Markets were calm on the news.", lines[3]);
        Beads(Korean, joined, AlignerOptions.Default).ShouldBe(["0|0", "1|1", "|2", "2|3"]);
    }

    // A bead's cost with the whole merge prior kept, less its cost with the default share.
    private static double Refund(string korean, string english, int i0, int i1, int j0, int j1)
    {
        var segmenter = new SentenceSegmenter();
        var table = new AnchorTable();
        var source = FeatureExtractor.Extract(segmenter.SegmentLines(SourceText.FromString(korean)), KoreanProfile.Instance, null, [], table, []);
        var target = FeatureExtractor.Extract(segmenter.SegmentLines(SourceText.FromString(english)), EnglishProfile.Instance, null, [], table, targetNames: null);
        var options = AlignerOptions.Default;
        var model = new LengthModel(options.LengthRatio, options.LengthVariance);
        return new BeadCost(source, target, options with { UnsplitLinePriorShare = 1 }, model, null).Cost(i0, i1, j0, j1)
            - new BeadCost(source, target, options, model, null).Cost(i0, i1, j0, j1);
    }

    private static string[] Beads(string korean, string english, AlignerOptions options)
    {
        var segmenter = new SentenceSegmenter();
        var aligner = new SentenceAligner(KoreanProfile.Instance, EnglishProfile.Instance, TermGlossary.Empty(KoreanProfile.Instance, EnglishProfile.Instance), options);
        var result = aligner.Align(segmenter.SegmentLines(SourceText.FromString(korean)), segmenter.SegmentLines(SourceText.FromString(english)));
        return result.Beads.Select(b => $"{string.Join(' ', b.SourceIds)}|{string.Join(' ', b.TargetIds)}").ToArray();
    }
}
