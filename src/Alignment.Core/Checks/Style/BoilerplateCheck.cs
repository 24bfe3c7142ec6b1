using Alignment.Core.Findings;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Checks.Style;

/// <summary>
/// style.boilerplate: web-page debris (subscription offers, "Advertisement", share bars, "This article was
/// published … ago") in either file. Segmentation already left it out of alignment, so it never shows as added
/// text; here each run of debris lines is reported once, as minor.
/// </summary>
public sealed class BoilerplateCheck : ICheck
{
    public string Id => "style.boilerplate";

    public string Description => "Web-page debris (subscription offers, share bars, advertisements) in the text.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        foreach (var (start, end) in Runs(context.Target))
        {
            var found = context.Target.Text[start..end];
            yield return context.NewFinding(context.BeadAtTarget(start), Id, Severity.Minor, "Web-page debris in the English; remove it.") with
            {
                TargetStart = start,
                TargetEnd = end,
                TargetText = found,
                SourceText = string.Empty,
                Found = found,
            };
        }

        foreach (var (start, end) in Runs(context.Source))
        {
            var found = context.Source.Text[start..end];
            yield return context.NewFinding(context.BeadAtSource(start), Id, Severity.Minor, "Web-page debris in the source; it was left out of the comparison.") with
            {
                SourceStart = start,
                SourceEnd = end,
                SourceText = found,
                TargetText = string.Empty,
                Found = found,
            };
        }
    }

    // Debris lines with nothing but white space between them form one run.
    private static IEnumerable<(int Start, int End)> Runs(SegmentedText text)
    {
        var spans = text.Excluded.Where(e => e.Kind == ExcludedKind.Boilerplate).OrderBy(e => e.Start).ToList();
        var i = 0;
        while (i < spans.Count)
        {
            var start = spans[i].Start;
            var end = spans[i].End;
            while (i + 1 < spans.Count && string.IsNullOrWhiteSpace(text.Text[end..spans[i + 1].Start]))
            {
                end = spans[++i].End;
            }

            yield return (start, end);
            i++;
        }
    }
}
