using System.CommandLine;
using Alignment.Core.Text;

namespace Alignment.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The whole command line, callable in-process by tests.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Checks English machine translations of Korean news against their Korean source.")
        {
            CheckCommand.Create(stdout),
            AlignCommand.Create(stdout, stderr),
            ReviewCommand.Create(stdout),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"alignment: {OneLine(parse.Errors[0].Message)} (see alignment --help)");
            return ExitCodes.CannotRun;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            stderr.WriteLine($"alignment: {OneLine(e.Message)}");
            return ExitCodes.CannotRun;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"alignment: {OneLine(e.Message)}");
            return ExitCodes.CannotRun;
        }
    }

    // Scripts read stderr line by line: a reason is always one line.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
