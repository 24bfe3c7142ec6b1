namespace Alignment.Cli.Tests.Support;

/// <summary>Finds the repository root (the folder holding Alignment.sln) from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Corpora => Path.Combine(Root, "corpora");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alignment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Alignment.sln not found above " + AppContext.BaseDirectory);
    }
}
