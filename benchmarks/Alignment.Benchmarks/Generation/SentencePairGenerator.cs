using System.Text;

namespace Alignment.Benchmarks.Generation;

/// <summary>
/// Invents a Korean-like sentence and an English-like "translation" of it: Korean about 65 characters (log-normal,
/// 12 to 250), English about twice as long with the ratio varying per pair, both carrying the same numbers and
/// acronyms, as wire copy does. Seeded, so every run measures the same text.
/// </summary>
public sealed class SentencePairGenerator
{
    private static readonly string[] Particles = ["은", "는", "이", "가", "을", "를", "에", "에서", "으로", "와", "의", "도", ""];
    private static readonly string[] Endings = ["했다.", "밝혔다.", "말했다.", "전망이다.", "것으로 알려졌다.", "예정이다."];

    private readonly Random random;
    private readonly Vocabulary korean;
    private readonly Vocabulary english;
    private readonly FactGenerator facts;

    public SentencePairGenerator(int seed)
    {
        random = new Random(seed);
        korean = Vocabulary.Korean(random, 4_000);
        english = Vocabulary.English(random, 4_000);
        facts = new FactGenerator(random);
    }

    public (string Korean, string English) Next()
    {
        var koreanLength = (int)Math.Clamp(Math.Exp(Normal(Math.Log(58), 0.5)), 12, 250);
        var ratio = Math.Clamp(Normal(2.0, 0.3), 1.3, 2.9);
        var anchors = Enumerable.Range(0, random.Next(10) switch { < 4 => 0, < 8 => 1, _ => 2 }).Select(_ => facts.Next()).ToList();
        return (Korean(koreanLength, anchors), English((int)(koreanLength * ratio), anchors));
    }

    private string Korean(int length, List<Fact> anchors)
    {
        var text = new StringBuilder();
        var ending = Endings[random.Next(Endings.Length)];
        var pending = new Queue<Fact>(anchors);
        while (text.Length + ending.Length < length || pending.Count > 0)
        {
            if (pending.Count > 0 && random.Next(3) == 0)
            {
                text.Append(pending.Dequeue().Korean).Append(Particles[random.Next(Particles.Length)]).Append(' ');
                continue;
            }

            text.Append(korean.Next(random)).Append(Particles[random.Next(Particles.Length)]).Append(' ');
        }

        return text.Append(korean.Next(random)).Append(ending).ToString();
    }

    private string English(int length, List<Fact> anchors)
    {
        var text = new StringBuilder();
        var pending = new Queue<Fact>(anchors.OrderBy(_ => random.Next()));
        while (text.Length < length || pending.Count > 0)
        {
            var word = pending.Count > 0 && random.Next(4) == 0 ? pending.Dequeue().English : english.Next(random);
            if (text.Length == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }
            else
            {
                text.Append(random.Next(12) == 0 ? ", " : " ");
            }

            text.Append(word);
        }

        return text.Append('.').ToString();
    }

    // Box-Muller: enough for lengths.
    private double Normal(double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
