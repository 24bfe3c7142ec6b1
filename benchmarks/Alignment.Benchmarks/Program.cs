using System.Globalization;
using BenchmarkDotNet.Running;

namespace Alignment.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--once")
        {
            return OnceMode.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Contains("--glossary"), Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
