using System.CommandLine;
using Alignment.Core.Pipeline;
using Alignment.Core.Reporting;

namespace Alignment.Cli;

/// <summary><c>alignment align</c>: the alignment CSV of a file pair.</summary>
internal static class AlignCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        common.Source.Required = true;
        common.Target.Required = true;
        var segmented = new Option<bool>("--segmented") { Description = "Each input line is one sentence (index = 0-based line number)." };
        var output = new Option<string?>("--out") { Description = "Write the alignment CSV here instead of standard output." };
        var command = new Command("align", "Pair the sentences of a Korean source and its English translation.");
        common.AddTo(command);
        command.Options.Add(segmented);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var pair = common.Pair(parse)!;
            var pipeline = CheckPipeline.Create(new PipelineOptions { GlossaryFiles = common.GlossaryFiles(parse), GazetteerFile = common.Gazetteer(parse) });
            var (source, target, alignment) = pipeline.Align(pair.SourcePath, pair.TargetPath, parse.GetValue(segmented));
            foreach (var warning in alignment.Warnings)
            {
                stderr.WriteLine($"alignment: warning: {pair.TargetPath}: {warning}");
            }

            var path = parse.GetValue(output);
            if (path is null)
            {
                AlignmentCsvWriter.Write(source, target, alignment, stdout);
            }
            else
            {
                AtomicFile.Write(path, w => AlignmentCsvWriter.Write(source, target, alignment, w));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
