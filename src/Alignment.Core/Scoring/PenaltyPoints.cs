using Alignment.Core.Findings;

namespace Alignment.Core.Scoring;

/// <summary>MQM penalty points of a severity: the usual 1/5/25 weights, so one critical outweighs four majors.</summary>
public static class PenaltyPoints
{
    public const int Minor = 1;
    public const int Major = 5;
    public const int Critical = 25;

    public static int Of(Severity severity) => severity switch
    {
        Severity.Minor => Minor,
        Severity.Major => Major,
        Severity.Critical => Critical,
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Points per 1,000 words, rounded to two decimals so every format and the verdict agree on one number.</summary>
    public static double PerThousandWords(int points, int words) =>
        words == 0 ? 0 : Math.Round(points * 1000.0 / words, 2, MidpointRounding.AwayFromZero);
}
