using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Pipeline;

/// <summary>A hard-wrapped story is checked as the unwrapped one is, with offsets into the wrapped file.</summary>
public sealed class WrappedInputTests
{
    private static readonly string English = Story.English.Replace("Indo-Pacific region", "Intae region", StringComparison.Ordinal)
        .Replace("$20 billion", "$2 billion", StringComparison.Ordinal);

    // A suggestion keeps the file's line breaks around its fix, so that it applies to the file.
    private static (string Check, int Segment, string Expected, string? Suggestion) What(Finding f) =>
        (f.Check, f.Segment, f.Expected, f.Suggestion?.Replace('\n', ' '));

    [Theory]
    [InlineData(30, 48)]
    [InlineData(24, 40)]
    public void Should_find_in_a_wrapped_story_what_it_finds_in_the_unwrapped_one(int koreanWidth, int englishWidth)
    {
        var (korean, english) = (Wrapper.Wrap(Story.Korean, koreanWidth), Wrapper.Wrap(English, englishWidth));
        var unwrapped = CheckRun.Of(Story.Korean, English);

        var wrapped = CheckRun.Of(korean, english);

        unwrapped.Findings.Count.ShouldBeGreaterThanOrEqualTo(2);
        wrapped.Findings.Select(What).ShouldBe(unwrapped.Findings.Select(What));
        wrapped.Alignment.Beads.ShouldAllBe(b => b.SourceIds.Count == 1 && b.TargetIds.Count == 1);
        wrapped.Source.Sentences.Count.ShouldBe(4);
        foreach (var (u, w) in unwrapped.Findings.Zip(wrapped.Findings).Where(p => p.First.TargetStart is not null))
        {
            // The same words, with the wrapped file's line breaks where it has them.
            (w.TargetStart, w.TargetEnd).ShouldBe((u.TargetStart, u.TargetEnd));
            english[w.TargetStart!.Value..w.TargetEnd!.Value].Replace('\n', ' ').ShouldBe(English[u.TargetStart!.Value..u.TargetEnd!.Value]);
            w.Found.ShouldBe(english[w.TargetStart!.Value..w.TargetEnd!.Value]);
        }

        wrapped.Source.Sentences.ShouldAllBe(s => s.Text == korean.Substring(s.Start, s.End - s.Start));
    }
}
