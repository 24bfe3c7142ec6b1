using System.Diagnostics;

namespace Alignment.Eval.Evaluation;

/// <summary>
/// Wall time and process CPU time spent in the aligner. On a shared machine wall time also counts other processes'
/// turns; CPU time does not (the aligner is single-threaded, so it is close to one core's time).
/// </summary>
public sealed class AlignClock : IDisposable
{
    private readonly Process process = Process.GetCurrentProcess();
    private readonly Stopwatch wall = new();

    public TimeSpan Wall => wall.Elapsed;

    public TimeSpan Cpu { get; private set; }

    public T Time<T>(Func<T> action)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        wall.Start();
        var result = action();
        wall.Stop();
        process.Refresh();
        Cpu += process.TotalProcessorTime - cpu;
        return result;
    }

    public void Dispose() => process.Dispose();
}
