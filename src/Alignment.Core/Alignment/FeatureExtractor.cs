using System.Runtime.CompilerServices;
using System.Globalization;
using Alignment.Core.Glossary;
using Alignment.Core.Languages;
using Alignment.Core.Languages.Lexicons;
using Alignment.Core.Numbers;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Core.Alignment;

/// <summary>
/// Turns sentences into lengths and anchors: numbers as values (so 1만 meets 10,000), Latin-script tokens
/// (ICBM, G7, UPR) and glossary pairs. Small integers anchor but are not penalised when missing, since English
/// often spells them out.
/// </summary>
internal static class FeatureExtractor
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="targetNames">For the source side, the name keys the target holds (<see cref="NameAnchors.TargetKeys"/>); null for the target side.</param>
    public static SentenceFeatures[] Extract(SegmentedText text, ILanguageProfile profile, Lexicon? lexicon, IReadOnlyList<TermHit> glossaryHits, AnchorTable table, HashSet<string>? targetNames)
    {
        var isSource = targetNames is not null;
        var features = new SentenceFeatures[text.Sentences.Count];
        var hitIndex = 0;
        var (anchors, strong, words) = (new HashSet<int>(), new HashSet<int>(), new HashSet<int>());
        var (days, weekdays) = (new List<(int, int)>(), new List<int>());
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            anchors.Clear();
            strong.Clear();
            words.Clear();
            days.Clear();
            weekdays.Clear();
            foreach (var number in profile.Numbers.Read(sentence.Text))
            {
                // "Doubled" and "tripled" are in every story about growth: they tell a check what 2배 became, but
                // would pair sentences on any 2 or 3.
                if (number.Spelled && number.Kind == NumberKind.Multiplier)
                {
                    continue;
                }

                var prefix = number.Kind switch { NumberKind.Weekday => "w:", NumberKind.Time => "t:", _ => "n:" };
                var id = NumberId(table, prefix, number.Value);
                anchors.Add(id);
                if (number.Kind == NumberKind.Day && number.Value is >= 1 and <= 31)
                {
                    days.Add(((int)number.Value, id));
                }
                else if (number.Kind == NumberKind.Weekday && number.Value is >= 1 and <= 7)
                {
                    weekdays.Add((int)number.Value);
                }

                // A measure may be converted ("180 miles" for 289㎞): its quantity key, not its figure, is what the
                // other side must have. Not a length of time: 35주 is "35 weeks" far more often than "eight months",
                // and its figure anchors as any other (sound pairs seed 3, unpaired 0.9005 → 0.8952 keyed by length).
                var quantity = number.Spelled ? null : profile.QuantityOf(sentence.Text, number) is { Dimension: not "duration" } measured ? measured : null;
                if (quantity is not null && isSource)
                {
                    QuantityAnchors.AddSource(quantity, table, anchors, strong);
                }
                else if (quantity is not null)
                {
                    QuantityAnchors.AddTarget(quantity, table, anchors);
                }
                else if (!number.Spelled && (number.Value > 10 || number.Value != decimal.Truncate(number.Value)))
                {
                    strong.Add(id);
                }
            }

            AddLatinTokens(sentence.Text, table, anchors, strong, isSource);
            if (isSource)
            {
                NameAnchors.AddSource(sentence.Text, profile, lexicon, targetNames!, table, anchors);
            }
            else
            {
                NameAnchors.AddTarget(sentence.Text, profile, lexicon, table, anchors);
            }

            while (hitIndex < glossaryHits.Count && glossaryHits[hitIndex].Start < sentence.Start)
            {
                hitIndex++;
            }

            for (var h = hitIndex; h < glossaryHits.Count && glossaryHits[h].Start < sentence.End; h++)
            {
                var key = "g:" + glossaryHits[h].Entry.ToString(CultureInfo.InvariantCulture);
                if (isSource)
                {
                    var id = table.Id(key);
                    anchors.Add(id);
                    strong.Add(id);
                }
                else if (table.TryId(key, out var id))
                {
                    anchors.Add(id);
                }
            }

            if (lexicon is not null)
            {
                if (isSource)
                {
                    lexicon.AddSourceIds(sentence.Text, words);
                }
                else
                {
                    lexicon.AddTargetIds(sentence.Text, words);
                }
            }

            features[s] = new SentenceFeatures(sentence.Length, Sorted(anchors), Sorted(strong), Sorted(words), sentence.Paragraph)
            {
                Days = days.Count == 0 ? [] : [.. days],
                Weekdays = weekdays.Count == 0 ? [] : [.. weekdays],
                Sentences = SentenceSplitter.Count(text.Text, sentence.Start, sentence.End, profile.Segmentation),
            };
        }

        return features;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLatinTokens(string text, AnchorTable table, HashSet<int> anchors, HashSet<int> strong, bool isSource)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!Scripts.IsLatin(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && (Scripts.IsLatin(span[i]) || char.IsDigit(span[i])))
            {
                i++;
            }

            var token = span[start..i];
            if (token.Length < 2)
            {
                continue;
            }

            // A unit written after its figure (289km, 700kg) is part of a measure, whose quantity key already stands
            // for it: English converts or spells it ("180 miles"), so its absence says nothing.
            var unit = start > 0 && char.IsDigit(span[start - 1]);
            if ((isSource || IsAcronym(token)) && !unit)
            {
                // Acronyms of the English count against a pair even when the source lacks them.
                var id = UpperId(table, "l:", token);
                anchors.Add(id);
                strong.Add(id);
            }
            else if (table.TryId("l:", token, upper: true, out var id))
            {
                anchors.Add(id);
            }
        }
    }

    // Keys are built as spans: the table allocates a string only for a key it has not seen.
    private static int NumberId(AnchorTable table, string prefix, decimal value)
    {
        Span<char> text = stackalloc char[64];
        value.TryFormat(text, out var written, "G29", CultureInfo.InvariantCulture);
        return table.Id(prefix, text[..written]);
    }

    private static int UpperId(AnchorTable table, string prefix, ReadOnlySpan<char> token)
    {
        Span<char> upper = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        token.ToUpperInvariant(upper);
        return table.Id(prefix, upper);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAcronym(ReadOnlySpan<char> token)
    {
        var upper = 0;
        foreach (var c in token)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                upper++;
            }
        }

        return upper >= 2 && upper * 2 > token.Length;
    }

    private static int[] Sorted(HashSet<int> set)
    {
        var array = set.ToArray();
        Array.Sort(array);
        return array;
    }
}
