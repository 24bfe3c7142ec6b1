using Alignment.Core.Languages;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Support;

/// <summary>Segments a text and checks the offset contract on every sentence and excluded span before handing it back.</summary>
internal static class Segments
{
    public static SegmentedText Korean(string text) => Of(text, KoreanProfile.Instance);

    public static SegmentedText English(string text) => Of(text, EnglishProfile.Instance);

    public static string[] KoreanTexts(string text) => Korean(text).Sentences.Select(s => s.Text).ToArray();

    public static string[] EnglishTexts(string text) => English(text).Sentences.Select(s => s.Text).ToArray();

    public static SegmentedText Of(string text, ILanguageProfile profile) => Verified(new SentenceSegmenter().Segment(SourceText.FromString(text), profile));

    public static SegmentedText Verified(SegmentedText segmented)
    {
        var text = segmented.Text;
        for (var i = 0; i < segmented.Sentences.Count; i++)
        {
            var s = segmented.Sentences[i];
            s.Index.ShouldBe(i);
            text.Substring(s.Start, s.End - s.Start).ShouldBe(s.Text);
        }

        foreach (var e in segmented.Excluded)
        {
            text.Substring(e.Start, e.End - e.Start).ShouldBe(e.Text);
            segmented.Sentences.ShouldNotContain(s => s.Start < e.End && e.Start < s.End, $"excluded '{e.Text}' overlaps a sentence");
        }

        return segmented;
    }
}
