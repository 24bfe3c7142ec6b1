using Alignment.Core.Checks.Accuracy.Polarity;
using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.polarity: the English says the opposite of which way the source went: "jumped" for 급락, "granted"
/// for 기각, "voted down" for 의결했다, "increase" for 줄고. Only where the Korean sentence goes one way on an
/// axis (a trend: rise or fall; assent: approval or rejection) and the English goes only the other way on it, or
/// where both go both ways in as many words and the English has one way too many; a sentence with both ways on
/// one side and not the other could pair them either way and is left alone.
/// </summary>
public sealed class PolarityCheck : ICheck
{
    public string Id => "accuracy.polarity";

    public string Description => "The English reverses the direction the source gives (a fall as a rise, a rejection as an approval).";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var korean = bead.SourceIds.Select(i => context.Source.Sentences[i]).SelectMany(s => PolarityReader.ReadKorean(s.Text, s.Start))
                .Select(k => k.Axis != "trend" || !AboutCurrency(context.Source.Text, k, KoreanCurrencies) ? k : CurrencyDirection.Korean(context.Source.Text, k))
                .OfType<PolarityWord>().ToList();
            if (korean.Count == 0)
            {
                continue;
            }

            var english = bead.TargetIds.Select(i => context.Target.Sentences[i]).SelectMany(s => PolarityReader.ReadEnglish(s.Text, s.Start))
                .Select(e => e.Axis != "trend" || !AboutCurrency(context.Target.Text, e, EnglishCurrencies) ? e : CurrencyDirection.English(context.Target.Text, e))
                .OfType<PolarityWord>().ToList();
            foreach (var axis in korean.Select(k => k.Axis).Distinct())
            {
                var source = korean.Where(k => k.Axis == axis).OrderBy(k => k.Start).ToList();
                // "Held" and "kept" are in every kind of sentence: they count only against a Korean hold (동결).
                var holds = source.Exists(k => k.Sign == PolarityForms.Hold);
                var target = english.Where(e => e.Axis == axis && (holds || e.Sign != PolarityForms.Hold)).OrderBy(e => e.Start).ToList();
                if ((Reversed(source, target) ?? Anchored(context, source, target)) is not { } pair)
                {
                    continue;
                }

                var (said, found) = pair;
                var expected = PolarityReader.Gloss(axis, said.Sign);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{context.Target.Text[found.Start..found.End]}' goes the other way from '{context.Source.Text[said.Start..said.End]}' ({expected}).") with
                {
                    SourceStart = said.Start,
                    SourceEnd = said.End,
                    TargetStart = found.Start,
                    TargetEnd = found.End,
                    Found = context.Target.Text[found.Start..found.End],
                    Expected = expected,
                };
            }
        }
    }

    // The Korean going one way and the English only the other; or, where both go both ways in as many words ("fell
    // 34 percent, and vacant factories are falling" for 줄었고 … 늘고 있다), the English has one way too many: the
    // first word out of step is the one reversed. Clauses keep their order in translation far more often than not,
    // and a reordering alone ("imports fell while exports rose" for 수출은 늘고 수입은 줄었다) changes no count.
    private static (PolarityWord Said, PolarityWord Found)? Reversed(List<PolarityWord> source, List<PolarityWord> target)
    {
        if (target.Count == 0)
        {
            return null;
        }

        // All one way in the Korean: an English word the other way is reversed when the English has no more words on
        // the axis than the Korean, so none of them can be the translator's own ("fell by 74,000, declining for the
        // 11th month, and construction also increased" for 줄어 … 감소했고 … 감소했다).
        if (source.All(k => k.Sign == source[0].Sign))
        {
            var other = target.FindIndex(e => e.Sign != source[0].Sign);
            return other < 0 || (target.Any(e => e.Sign == source[0].Sign) && target.Count > source.Count) ? null : (source[Math.Min(other, source.Count - 1)], target[other]);
        }

        if (source.Count != target.Count || source.Sum(k => k.Sign) == target.Sum(e => e.Sign))
        {
            return null;
        }

        var at = Enumerable.Range(0, source.Count).First(i => source[i].Sign != target[i].Sign);
        return (source[at], target[at]);
    }

    // Where the counts compare nothing, each word by the thing it is about (원자재 가격 상승, "falling raw material
    // prices"); offsets here are the file's, as the words are.
    private static (PolarityWord Said, PolarityWord Found)? Anchored(DocumentContext context, List<PolarityWord> source, List<PolarityWord> target) =>
        context.Lexicon is { } lexicon && target.Count > 0 ? AnchoredPolarity.Reversed(lexicon, context.Source.Text, context.Target.Text, source, target) : null;

    // 환율 상승 is the won's fall: an exchange rate may be told from either currency's side, so a word about one (a
    // currency named earlier in its clause) is compared only as the won's direction (CurrencyDirection), where it
    // plainly is one; the rest of the sentence still is.
    private static readonly string[] KoreanCurrencies = ["환율", "원화", "원·달러", "원/달러", "원-달러", "엔화", "위안화", "달러화", "유로화"];
    private static readonly string[] EnglishCurrencies = [" won", "dollar", " yen", "yuan", "euro", "exchange rate", "currency"];

    private static bool AboutCurrency(string text, PolarityWord word, string[] currencies)
    {
        var from = Math.Max(0, word.Start - 40);
        var clause = text.AsSpan(from, word.Start - from);
        clause = clause[(clause.LastIndexOfAny(',', ';') + 1)..];
        foreach (var currency in currencies)
        {
            if (clause.Contains(currency, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
