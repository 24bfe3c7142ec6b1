using System.CommandLine;

namespace Alignment.Cli;

/// <summary><c>alignment check</c>: its options; <see cref="CheckRun"/> does the work.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout)
    {
        var o = new CheckOptions();
        var command = new Command("check", "Check English translations against their Korean source and write a report.") { o.Paths };
        o.Common.AddTo(command);
        foreach (var option in o.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CheckRun.Execute(o.Read(parse), stdout));
        return command;
    }
}
