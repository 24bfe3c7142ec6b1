using System.Text.RegularExpressions;

namespace Alignment.Core.Segmentation;

/// <summary>Per-language sentence-boundary knowledge, loaded from the profile's data files.</summary>
/// <param name="HoldsQuotedSentences">
/// Whether a quotation of several sentences stays inside its reporting sentence. Korean grammar closes the quote
/// into the sentence (…했다. …하겠다"고 밝혔다), so it is one sentence; English writes the reporting clause apart
/// ("…it. We will respond," he said) and splits at each full stop like any other text.
/// </param>
public sealed record SegmentationRules(
    bool CaseMarksSentenceStart,
    bool HoldsQuotedSentences,
    IReadOnlySet<string> TitleAbbreviations,
    IReadOnlySet<string> Abbreviations,
    IReadOnlySet<string> SentenceStarters,
    IReadOnlyList<Regex> Datelines,
    IReadOnlyList<Regex> Boilerplate)
{
    /// <summary>
    /// Whether the whitespace at a position ends a sentence that has no final punctuation (Korean: 말했다 그는…).
    /// Languages whose sentences always carry a full stop leave it false.
    /// </summary>
    public Func<string, int, bool> EndsUnpunctuated { get; init; } = static (_, _) => false;

    /// <summary>
    /// Words that, after a closed quotation and a space, carry it on into its reporting sentence (Korean 고, 라고,
    /// 며: …표명했다." 고 밝혔다), so the full stop inside the quotation ends no sentence.
    /// </summary>
    public IReadOnlySet<string> QuoteContinuations { get; init; } = new HashSet<string>();

    public static SegmentationRules Empty { get; } = new(false, false, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), [], []);
}
