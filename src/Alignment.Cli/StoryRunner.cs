using System.Runtime.ExceptionServices;
using Alignment.Core.Pipeline;

namespace Alignment.Cli;

/// <summary>
/// Checks stories on up to <c>--jobs</c> threads. Results go back in input order, and when stories fail the error
/// of the first one in input order is raised, so a parallel run reports exactly what a serial run would.
/// </summary>
internal static class StoryRunner
{
    public static IReadOnlyList<DocumentReport> Run(CheckPipeline pipeline, IReadOnlyList<StoryInput> stories, int jobs, Action? checkedOne)
    {
        var results = new DocumentReport[stories.Count];
        if (jobs <= 1)
        {
            for (var i = 0; i < stories.Count; i++)
            {
                results[i] = pipeline.Check(stories[i]);
                checkedOne?.Invoke();
            }

            return results;
        }

        var errors = new Exception?[stories.Count];
        Parallel.For(0, stories.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            try
            {
                results[i] = pipeline.Check(stories[i]);
            }
            catch (Exception e)
            {
                errors[i] = e;
            }

            checkedOne?.Invoke();
        });
        var first = Array.FindIndex(errors, e => e is not null);
        if (first >= 0)
        {
            ExceptionDispatchInfo.Throw(errors[first]!);
        }

        return results;
    }
}
