using Alignment.Eval.Beads;
using Alignment.Eval.Corpus;

namespace Alignment.Eval.Perturbation;

/// <summary>
/// Damages a line-aligned document the way real translations are damaged (sentences left out, two sentences
/// rendered as one) and records the gold beads. Deterministic for a seed and document index.
/// </summary>
public sealed class Perturber(PerturbationOptions options)
{
    public PerturbedDocument Perturb(DocumentPair document)
    {
        var random = SeededRandom.For(options.Seed, document.Index, SeededRandom.PerturbationStream);
        var fates = DrawFates(document.Count, random);
        var korean = new List<string>(document.Count);
        var english = new List<string>(document.Count);
        var gold = new List<EvalBead>(document.Count);
        for (var k = 0; k < document.Count; k++)
        {
            if (fates[k] == PairFate.DropEnglish)
            {
                gold.Add(EvalBead.KoreanOnly(korean.Count));
                korean.Add(document.Korean[k]);
            }
            else if (fates[k] == PairFate.DropKorean)
            {
                gold.Add(EvalBead.EnglishOnly(english.Count));
                english.Add(document.English[k]);
            }
            else if (k + 1 < document.Count && fates[k + 1] == PairFate.Keep && random.NextDouble() < options.Merge)
            {
                var mergeEnglish = random.Next(2) == 0;
                gold.Add(mergeEnglish
                    ? new EvalBead(new IdRange(korean.Count, 2), IdRange.Of(english.Count))
                    : new EvalBead(IdRange.Of(korean.Count), new IdRange(english.Count, 2)));
                AddPair(korean, document.Korean[k], document.Korean[k + 1], merge: !mergeEnglish);
                AddPair(english, document.English[k], document.English[k + 1], merge: mergeEnglish);
                k++;
            }
            else
            {
                gold.Add(EvalBead.Pair(korean.Count, english.Count));
                korean.Add(document.Korean[k]);
                english.Add(document.English[k]);
            }
        }

        return new PerturbedDocument(document.Index, korean, english, gold);
    }

    private PairFate[] DrawFates(int count, Random random)
    {
        var fates = new PairFate[count];
        for (var k = 0; k < count; k++)
        {
            // One draw decides both drops, so a pair never loses both sides and each rate is exact.
            var u = random.NextDouble();
            fates[k] = u < options.DropEnglish ? PairFate.DropEnglish
                : u < options.DropEnglish + options.DropKorean ? PairFate.DropKorean
                : PairFate.Keep;
        }

        return fates;
    }

    private static void AddPair(List<string> side, string first, string second, bool merge)
    {
        if (merge)
        {
            side.Add(first + " " + second);
            return;
        }

        side.Add(first);
        side.Add(second);
    }
}
