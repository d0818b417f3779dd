using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>Who performed a step: a role and the account id (null for the system).</summary>
public sealed record Actor(Role Role, Guid? Id)
{
    public static readonly Actor System = new(Role.System, null);
}
