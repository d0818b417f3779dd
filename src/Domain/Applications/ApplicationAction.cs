namespace ReliefPlatform.Domain.Applications;

public enum ApplicationAction
{
    Submitted,
    Accepted,
    NotAccepted,
    InfoRequested,
    Supplemented,
    Approved,
    Rejected,
    Transferred,
    Withdrawn,
}
