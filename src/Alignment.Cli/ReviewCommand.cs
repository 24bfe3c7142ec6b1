using System.CommandLine;
using Alignment.Core.Reporting;
using Alignment.Core.Review;
using DiffPlex.Renderer;

namespace Alignment.Cli;

/// <summary>
/// <c>alignment review apply</c>: the review round trip. Accepted suggestions are written into a reviewed copy of
/// each translation (or the translation itself with --in-place), the diff is printed, and rejected findings go to
/// the suppression file that later <c>check</c> runs honour. Nothing is written unless every row can be applied.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(TextWriter stdout)
    {
        var report = new Option<string>("--report") { Description = "The report CSV with status (accepted, rejected, fixed) and comment filled in.", Required = true };
        var inPlace = new Option<bool>("--in-place") { Description = "Rewrite the translation itself instead of writing *.reviewed.txt beside it." };
        var suppressions = new Option<string?>("--suppressions") { Description = $"Where rejected findings go (default: {SuppressionFile.DefaultName} beside the report)." };
        var apply = new Command("apply", "Apply the accepted suggestions of a reviewed report and record the rejected findings.");
        apply.Options.Add(report);
        apply.Options.Add(inPlace);
        apply.Options.Add(suppressions);
        apply.SetAction(parse =>
        {
            var reportPath = parse.GetValue(report)!;
            var plan = ReviewPlanner.Plan(reportPath, parse.GetValue(inPlace));
            foreach (var edit in plan.Edits)
            {
                AtomicFile.WriteBytes(edit.OutputPath, edit.Bytes);
                stdout.Write(Unidiff(edit));
                stdout.WriteLine($"Applied {edit.AppliedLines.Count} accepted {(edit.AppliedLines.Count == 1 ? "finding" : "findings")}: {edit.TargetPath} -> {edit.OutputPath}");
            }

            foreach (var note in plan.Notes)
            {
                stdout.WriteLine("note: " + note);
            }

            if (plan.Rejected.Count > 0)
            {
                var path = parse.GetValue(suppressions) ?? Path.Combine(Path.GetDirectoryName(reportPath) ?? string.Empty, SuppressionFile.DefaultName);
                var added = SuppressionFile.Merge(path, plan.Rejected);
                stdout.WriteLine($"Suppressed {plan.Rejected.Count} rejected {(plan.Rejected.Count == 1 ? "finding" : "findings")} ({added} new): {path}");
            }

            if (plan.Edits.Count == 0 && plan.Rejected.Count == 0)
            {
                stdout.WriteLine("Nothing to apply: no row is accepted or rejected.");
            }

            return ExitCodes.Ok;
        });
        return new Command("review", "Work with a report translators have reviewed.") { apply };
    }

    private static string Unidiff(DocumentEdit edit) =>
        UnidiffRenderer.GenerateUnidiff(edit.Before, edit.After, edit.TargetPath, edit.OutputPath, ignoreWhitespace: false, ignoreCase: false, contextLines: 0);
}
