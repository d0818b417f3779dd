using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>One step in an application's life: who did what, when, and why. Never changed once written.</summary>
public sealed class ApplicationHistoryEntry
{
    public const int ReasonMaxLength = 2000;

    private ApplicationHistoryEntry()
    {
    }

    internal ApplicationHistoryEntry(
        Guid applicationId, int sequence, ApplicationAction action, DateTime atUtc, Actor actor,
        ApplicationStatus? fromStatus, ApplicationStatus toStatus, string? reason)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        Sequence = sequence;
        Action = action;
        At = atUtc;
        ActorRole = actor.Role;
        ActorId = actor.Id;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public int Sequence { get; private set; }

    public ApplicationAction Action { get; private set; }

    public DateTime At { get; private set; }

    public Role ActorRole { get; private set; }

    public Guid? ActorId { get; private set; }

    public ApplicationStatus? FromStatus { get; private set; }

    public ApplicationStatus ToStatus { get; private set; }

    public string? Reason { get; private set; }
}
