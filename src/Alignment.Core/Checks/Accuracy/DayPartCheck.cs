using Alignment.Core.Findings;

namespace Alignment.Core.Checks.Accuracy;

/// <summary>
/// accuracy.date: a part of the day other than the source's: "on the morning of the 7th" for 7일 오후, "Friday
/// night" for 금요일 오전. Only where the English names a part the Korean's words do not allow and some Korean part
/// goes unrendered, so "early morning" for 새벽 and "tonight" for 오늘 밤 stand. A.m. and p.m. follow clock times,
/// which accuracy.number compares; a sentence that names a time zone may move the part of the day and is left alone.
/// </summary>
public sealed class DayPartCheck : ICheck
{
    public string Id => "accuracy.date";

    public string Description => "A part of the day in the English (morning, night) is not the source's.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            var korean = string.Join(" ", bead.SourceIds.Select(i => context.Source.Sentences[i].Text));
            var said = DayParts.InKorean(korean, context.SourceProfile.IsSuffix).Distinct().ToList();
            if (said.Count == 0 || DayParts.NamesTimeZone(korean))
            {
                continue;
            }

            var sentences = bead.TargetIds.Select(i => context.Target.Sentences[i]).ToList();
            if (sentences.Exists(s => DayParts.NamesTimeZone(s.Text)))
            {
                continue;
            }

            var english = sentences.SelectMany(s => DayParts.InEnglish(s.Text).Select(e => (Sentence: s, e.Part, Start: s.Start + e.Start, End: s.Start + e.End))).ToList();
            var missing = said.Where(k => !english.Exists(e => Allows(k, e.Part))).ToList();
            foreach (var wrong in missing.Count == 0 ? [] : english.Where(e => !said.Exists(k => Allows(k, e.Part))))
            {
                var found = context.Target.Text[wrong.Start..wrong.End];
                var expected = missing.Select(k => k.Rendering).Distinct().Count() == 1 ? missing[0].Rendering : string.Empty;
                yield return context.NewFinding(index, Id, Severity.Major, $"'{found}' is another part of the day than the source's {string.Join(", ", missing.Select(k => $"{k.Word} ({k.Rendering})"))}.") with
                {
                    TargetStart = wrong.Start,
                    TargetEnd = wrong.End,
                    Found = found,
                    Expected = expected,
                    Suggestion = expected.Length > 0 ? DocumentContext.Replace(wrong.Sentence, wrong.Start, wrong.End, DocumentContext.CasedLike(expected, found)) : string.Empty,
                };
            }
        }
    }

    private static bool Allows(DayPart korean, DayPart english) => korean.Allows.Overlaps(english.Allows);
}
