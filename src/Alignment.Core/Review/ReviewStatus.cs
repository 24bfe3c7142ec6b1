namespace Alignment.Core.Review;

/// <summary>What a reviewer wrote in the status column; empty means not reviewed yet.</summary>
public enum ReviewStatus
{
    Open,
    Accepted,
    Rejected,
    Fixed,
}
