namespace ReliefPlatform.Domain.Applications;

public enum ActorRole
{
    Resident,
    Caseworker,
    Supervisor,
    Administrator,
    System,
}

/// <summary>Who performed a step: a role and the account id (null for the system).</summary>
public sealed record Actor(ActorRole Role, Guid? Id)
{
    public static readonly Actor System = new(ActorRole.System, null);
}
