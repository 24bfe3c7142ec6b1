using Spectre.Console;

namespace Alignment.Cli;

/// <summary>The Spectre console over our stdout: colour and live output only when it is the real, unredirected terminal.</summary>
internal static class Terminal
{
    public static bool IsInteractive(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole Create(TextWriter stdout)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = IsInteractive(stdout) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = IsInteractive(stdout) ? InteractionSupport.Detect : InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }
}
