namespace ReliefPlatform.Domain.HelpRequests;

/// <summary>Where a help request stands: waiting for the county, routed to an item, or answered in words.</summary>
public enum HelpRequestStatus
{
    Open,
    Routed,
    Answered,
}
