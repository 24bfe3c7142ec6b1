using System.Text;

namespace Alignment.Benchmarks.Generation;

/// <summary>
/// Builds stories from generated sentence pairs with the damage machine translation shows: about 2% of English
/// sentences missing and 3% of English sentences merging two Korean ones, so the aligner's non-1-1 paths are exercised.
/// </summary>
public static class StoryGenerator
{
    public static SyntheticStory Generate(int pairs, int seed = 42)
    {
        var generator = new SentencePairGenerator(seed);
        var random = new Random(seed + 1);
        var korean = new List<string>(pairs);
        var english = new List<string>(pairs);
        for (var k = 0; k < pairs; k++)
        {
            var (ko, en) = generator.Next();
            korean.Add(ko);
            var roll = random.NextDouble();
            if (roll < 0.02)
            {
                continue;
            }

            if (roll < 0.05 && english.Count > 0 && k > 0)
            {
                english[^1] += " " + en;
                continue;
            }

            english.Add(en);
        }

        return new SyntheticStory(korean, english);
    }

    /// <summary>The story as a file would hold it: paragraphs of 2 to 5 sentences separated by blank lines.</summary>
    public static (string Korean, string English) AsRunningText(SyntheticStory story, int seed = 42) =>
        (Paragraphs(story.Korean, new Random(seed)), Paragraphs(story.English, new Random(seed)));

    private static string Paragraphs(IReadOnlyList<string> sentences, Random random)
    {
        var text = new StringBuilder();
        var left = 0;
        foreach (var sentence in sentences)
        {
            if (left == 0)
            {
                text.Append(text.Length == 0 ? string.Empty : "\n\n");
                left = random.Next(2, 6);
            }
            else
            {
                text.Append(' ');
            }

            text.Append(sentence);
            left--;
        }

        return text.Append('\n').ToString();
    }
}
