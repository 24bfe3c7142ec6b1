using Spectre.Console;

namespace Alignment.Cli;

/// <summary>A progress bar over a batch of stories; nothing at all when output is redirected, with --quiet, or for one story.</summary>
internal static class RunProgress
{
    public static T Run<T>(TextWriter stdout, bool quiet, int stories, Func<Action?, T> work)
    {
        if (quiet || stories < 2 || !Terminal.IsInteractive(stdout))
        {
            return work(null);
        }

        var console = Terminal.Create(stdout);
        console.Profile.Width = Math.Min(120, Console.WindowWidth > 0 ? Console.WindowWidth : 120);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"Checking {stories} stories", maxValue: stories);
                return work(() => task.Increment(1));
            });
    }
}
