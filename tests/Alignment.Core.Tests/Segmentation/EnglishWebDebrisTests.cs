using Alignment.Core.Segmentation;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

/// <summary>Web-page debris lines of English pages are set aside as boilerplate, each with its exact trimmed span.</summary>
public sealed class EnglishWebDebrisTests
{
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Advertisement - Scroll to continue")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Share this article")]
    [InlineData("Already have an account? Log in here »")]
    [InlineData("Subscribe now")]
    [InlineData("$4.75/week*")]
    [InlineData("hong@example.com")]
    public void Should_set_a_debris_line_aside_with_its_exact_span(string line)
    {
        var text = "The ministers met in Seoul.\n\n" + line + "\n\nThey agreed to cooperate.\n";

        var segmented = Segments.English(text);

        var span = segmented.Excluded.ShouldHaveSingleItem();
        span.Kind.ShouldBe(ExcludedKind.Boilerplate);
        span.Start.ShouldBe(29);
        span.End.ShouldBe(29 + line.Length);
        span.Text.ShouldBe(line);
        segmented.Sentences.Select(s => s.Text).ShouldBe(["The ministers met in Seoul.", "They agreed to cooperate."]);
    }

    [Fact]
    public void Should_leave_indentation_and_carriage_returns_out_of_the_span()
    {
        const string text = "The ministers met in Seoul.\r\n   Advertisement  \r\nThey agreed to cooperate.\r\n";

        var span = Segments.English(text).Excluded.ShouldHaveSingleItem();

        span.Start.ShouldBe(32);
        span.End.ShouldBe(45);
        span.Text.ShouldBe("Advertisement");
    }

    [Fact]
    public void Should_set_each_line_of_a_subscription_box_aside()
    {
        string[] box = ["Read this article for free:", "or", "Already have an account? Log in here »", "Monthly Digital Subscription", "$4.75/week*"];
        var text = "The ministers met in Seoul.\n" + string.Join("\n", box) + "\nThey agreed to cooperate.\n";

        var segmented = Segments.English(text);

        segmented.Excluded.ShouldAllBe(e => e.Kind == ExcludedKind.Boilerplate);
        segmented.Excluded.Select(e => e.Text).ShouldBe(box);
        segmented.Excluded.Select(e => e.Start).ShouldBe(box.Select(line => text.IndexOf(line + "\n", StringComparison.Ordinal)));
        segmented.Sentences.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_set_aside_a_short_line_caught_inside_a_subscription_box()
    {
        const string text = "The ministers met in Seoul.\nRead this article for free:\nBest value\nor\nThey agreed to cooperate.\n";

        var segmented = Segments.English(text);

        segmented.Excluded.Select(e => e.Text).ShouldBe(["Read this article for free:", "Best value", "or"]);
        segmented.Excluded.Single(e => e.Text == "Best value").Start.ShouldBe(text.IndexOf("Best value", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Talks resumed on Monday.")]
    [InlineData("The two foreign ministers, who first met in Ottawa last year, agreed to meet again in the spring")]
    public void Should_keep_a_sentence_between_two_debris_lines(string line)
    {
        var text = "Read this article for free:\n" + line + "\nor\n";

        var segmented = Segments.English(text);

        segmented.Sentences.Select(s => s.Text).ShouldBe([line]);
        segmented.Excluded.Count.ShouldBe(2);
    }
}
