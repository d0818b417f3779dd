namespace ReliefPlatform.Domain.Applications;

public enum SlaState
{
    OnTrack,
    DueSoon,
    Overdue,
}
