namespace Alignment.Core.Findings;

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Minor => "minor",
        Severity.Major => "major",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "minor":
                severity = Severity.Minor;
                return true;
            case "major":
                severity = Severity.Major;
                return true;
            case "critical":
                severity = Severity.Critical;
                return true;
            default:
                severity = Severity.Major;
                return false;
        }
    }
}
