using Alignment.Core.Findings;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.untranslated: source-language script (Hangul, Hanja) left in the English. A left-over dateline such as
/// [서울=뉴시스] is reported whole, with its English form; other words get the glossary's rendering when it has one.
/// </summary>
public sealed class UntranslatedCheck : ICheck
{
    public string Id => "accuracy.untranslated";

    public string Description => "Text in the source language's script is left untranslated in the English.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var text = context.Target.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!context.SourceProfile.IsScript(text[i]))
            {
                i++;
                continue;
            }

            var dateline = context.Target.Excluded.FirstOrDefault(e => e.Kind == ExcludedKind.Dateline && e.Start <= i && i < e.End);
            var (start, end) = dateline is null ? Word(text, i) : (dateline.Start, dateline.End);
            yield return Report(context, start, end, dateline is not null);
            i = end;
        }
    }

    private Finding Report(DocumentContext context, int start, int end, bool isDateline)
    {
        var found = context.Target.Text[start..end];
        var expected = isDateline ? TranslateDateline(context, found) : Translate(context, found);
        var sentence = context.TargetSentenceAt(start);
        var beadIndex = context.BeadAtTarget(start);
        var source = isDateline || sentence is null ? null : InSource(context, beadIndex, found);
        var finding = context.NewFinding(beadIndex, Id, Severity.Major, isDateline
            ? $"The dateline '{found}' is left in Korean."
            : $"'{found}' is left untranslated in the English.");
        return finding with
        {
            SourceStart = source?.Start,
            SourceEnd = source?.End,
            TargetStart = start,
            TargetEnd = end,
            TargetText = sentence?.Text ?? found,
            SourceText = sentence is null ? string.Empty : finding.SourceText,
            Found = found,
            Expected = expected,
            Suggestion = expected.Length == 0 ? string.Empty : sentence is null ? expected : DocumentContext.Replace(sentence, start, end, expected),
        };
    }

    /// <summary>
    /// Where the bead's source has the words the English kept: the reviewer sees which source words went
    /// untranslated, and a glossary finding for those same words ("term missing") is then the same problem.
    /// </summary>
    private static (int Start, int End)? InSource(DocumentContext context, int beadIndex, string found)
    {
        if (context.Alignment.Beads.Count == 0)
        {
            return null;
        }

        foreach (var id in context.Alignment.Beads[beadIndex].SourceIds)
        {
            var sentence = context.Source.Sentences[id];
            var at = sentence.Text.IndexOf(found, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (sentence.Start + at, sentence.Start + at + found.Length);
            }
        }

        return null;
    }

    // [서울=뉴시스] → [Seoul=Newsis]: each part through the profile's table of fixed names; empty when any part is unknown.
    private static string TranslateDateline(DocumentContext context, string dateline)
    {
        var result = new System.Text.StringBuilder();
        var part = new System.Text.StringBuilder();
        foreach (var c in dateline + "\0")
        {
            if (char.IsLetterOrDigit(c))
            {
                part.Append(c);
                continue;
            }

            if (part.Length > 0)
            {
                var word = part.ToString();
                var english = context.SourceProfile.IsScript(word[0]) ? context.SourceProfile.KnownTranslation(word) : word;
                if (english is null)
                {
                    return string.Empty;
                }

                result.Append(english);
                part.Clear();
            }

            if (c != '\0')
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static string Translate(DocumentContext context, string word)
    {
        var known = context.SourceProfile.KnownTranslation(word);
        if (known is not null)
        {
            return known;
        }

        var hit = context.Glossary.FindSources(word).FirstOrDefault(h => h.Start == 0);
        return hit is null || context.Glossary.Entries[hit.Entry].Entry.Targets.Count == 0
            ? string.Empty
            : context.Glossary.Entries[hit.Entry].Entry.Targets[0];
    }

    private static (int Start, int End) Word(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var end = i;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == ' ' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && !char.IsAscii(text[end + 1]))))
        {
            end++;
        }

        return (start, end);
    }
}
