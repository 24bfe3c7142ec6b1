namespace Alignment.Core.Findings;

/// <summary>MQM severities, ordered so that a comparison means "at or above".</summary>
public enum Severity
{
    Minor = 1,
    Major = 2,
    Critical = 3,
}
