namespace ReliefPlatform.Domain.Applications;

/// <summary>The caseworker who holds an application (claimed or assigned to them), and since when.</summary>
public sealed record CaseClaim(Guid StaffId, DateTime Since);
