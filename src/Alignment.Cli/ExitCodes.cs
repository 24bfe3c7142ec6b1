namespace Alignment.Cli;

/// <summary>The exit codes of the contract.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int FindingsAtOrAboveThreshold = 1;
    public const int CannotRun = 2;
}
