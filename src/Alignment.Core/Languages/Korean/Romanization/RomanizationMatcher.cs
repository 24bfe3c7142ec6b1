using System.Collections.Concurrent;

namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// Decides whether a Latin word or phrase is a romanization of a Hangul word: a name carried across
/// scripts (라브로프 Lavrov, 조태열 Cho Tae-yul), or an ordinary word left untranslated (인태 Intae).
/// Case, hyphens and spaces do not matter. Both sides are reduced to <see cref="PhoneticKey"/>s and
/// compared by a weighted edit distance, normalized by the longer key.
/// </summary>
public sealed class RomanizationMatcher
{
    /// <summary>
    /// 0.85 lets a key of seven or more symbols differ by one edit (Macron, 마크롱) and a shorter one by a
    /// cheap edit only (ng/n, a/e, h), but keeps one real edit on a short word apart: 인태 against Intel
    /// scores 0.80 and Indo 0.75, while every listed transliteration scores 0.93 or more.
    /// </summary>
    public const double DefaultThreshold = 0.85;

    private const int CacheLimit = 10_000;

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> keys = new(StringComparer.Ordinal);

    public RomanizationMatcher(double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        Threshold = threshold;
    }

    public static RomanizationMatcher Default { get; } = new();

    public double Threshold { get; }

    /// <summary>How close <paramref name="latin"/> sounds to the best romanization of <paramref name="hangul"/>, from 0 to 1.</summary>
    public double Similarity(string hangul, string latin)
    {
        ArgumentNullException.ThrowIfNull(hangul);
        ArgumentNullException.ThrowIfNull(latin);
        var target = PhoneticKey.Of(latin);
        if (target.Length == 0)
        {
            return 0;
        }

        var best = 0.0;
        foreach (var key in KeysOf(hangul))
        {
            var similarity = 1 - (KeyDistance.Between(key, target) / Math.Max(key.Length, target.Length));
            best = Math.Max(best, similarity);
        }

        return Math.Clamp(best, 0, 1);
    }

    public bool IsRomanizationOf(string latin, string hangul) => Similarity(hangul, latin) >= Threshold;

    private IReadOnlyList<string> KeysOf(string hangul)
    {
        if (keys.TryGetValue(hangul, out var cached))
        {
            return cached;
        }

        if (keys.Count >= CacheLimit)
        {
            // Names recur within a corpus, not across it: starting over is cheaper than an LRU.
            keys.Clear();
        }

        return keys.GetOrAdd(hangul, HangulKeys.Of);
    }
}
