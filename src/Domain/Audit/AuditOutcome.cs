namespace ReliefPlatform.Domain.Audit;

public enum AuditOutcome
{
    Success,

    /// <summary>Tried and failed: a wrong password or code, an action the case no longer allows.</summary>
    Failure,

    /// <summary>Refused by access control or a limit: locked out, rate-limited, outside the caller's scope.</summary>
    Denied,
}
