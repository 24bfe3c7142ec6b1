using Alignment.Core.Findings;

namespace Alignment.Core.Scoring;

/// <summary>Findings by severity, and the MQM penalty points they add up to.</summary>
public sealed record SeverityCounts(int Critical, int Major, int Minor)
{
    public int Total => Critical + Major + Minor;

    public int Points => (Critical * PenaltyPoints.Critical) + (Major * PenaltyPoints.Major) + (Minor * PenaltyPoints.Minor);

    public static SeverityCounts Of(IEnumerable<Finding> findings)
    {
        int critical = 0, major = 0, minor = 0;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Critical:
                    critical++;
                    break;
                case Severity.Major:
                    major++;
                    break;
                default:
                    minor++;
                    break;
            }
        }

        return new SeverityCounts(critical, major, minor);
    }
}
