using System.Text.RegularExpressions;
using Alignment.Core.Findings;
using Alignment.Core.Numbers;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.date: a day of the month read as a count of days: "held three days earlier" for 지난 3일 열린 (held on
/// the 3rd). The figures agree, so the number check cannot see it. Only where the Korean gives that day of the
/// month, the English dates nothing to it, and the dateline does not make the count right by chance (June 6, three
/// days ago, is the 3rd).
/// </summary>
public sealed partial class DayCountCheck : ICheck
{
    public string Id => "accuracy.date";

    public string Description => "A day of the month is read as a count of days (three days ago for 3일).";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        var dateline = StoryDate.Dateline(context);
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var days = bead.SourceIds.Select(i => context.Source.Sentences[i])
                .SelectMany(s => context.SourceProfile.Numbers.Read(s.Text).Where(m => m.Kind == NumberKind.Day && !m.Spelled && !KoreanCount().IsMatch(s.Text.AsSpan(m.End)))
                    .Select(m => (Mention: m, Offset: s.Start)))
                .ToList();
            if (days.Count == 0)
            {
                continue;
            }

            foreach (var sentence in bead.TargetIds.Select(i => context.Target.Sentences[i]))
            {
                var mentions = context.TargetProfile.Numbers.Read(sentence.Text);
                foreach (Match phrase in DaysBack().Matches(sentence.Text))
                {
                    var count = mentions.FirstOrDefault(m => m.End <= phrase.Index && sentence.Text.AsSpan(m.End, phrase.Index - m.End).IsWhiteSpace() && m.Kind == NumberKind.Cardinal);
                    var day = count is null ? default : days.FirstOrDefault(d => d.Mention.Value == count.Value);
                    if (day.Mention is null || mentions.Any(m => m.Kind == NumberKind.Day && m.Value == count!.Value) || dateline?.Day - count!.Value == count.Value)
                    {
                        continue;
                    }

                    var (start, end) = (sentence.Start + count.Start, sentence.Start + phrase.Index + phrase.Length);
                    var expected = NumberFormat.English(count.Value, NumberKind.Ordinal);
                    yield return context.NewFinding(index, Id, Severity.Major, $"'{context.Target.Text[start..end]}' counts days where the source names a day of the month ('{day.Mention.Text}': the {expected}).") with
                    {
                        SourceStart = day.Offset + day.Mention.Start,
                        SourceEnd = day.Offset + day.Mention.End,
                        TargetStart = start,
                        TargetEnd = end,
                        Found = context.Target.Text[start..end],
                        Expected = $"on the {expected}",
                    };
                }
            }
        }
    }

    // 10일 앞둔, 3일 만에, 5일 동안: the Korean counts days itself.
    [GeneratedRegex(@"^\s*(?:앞|전|후|뒤|만|동안|간|째|이내|내|연속|새)")]
    private static partial Regex KoreanCount();

    // "three days earlier", "2 days ago": counted back from the story's time.
    [GeneratedRegex(@"(?<=\s)days?\s+(?:ago|earlier|before|prior)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DaysBack();
}
