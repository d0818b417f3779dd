namespace ReliefPlatform.Application.Audit;

/// <summary>Walks the whole audit chain, and the records not yet chained, and says whether any record was edited, forged, deleted or reordered.</summary>
public interface IAuditVerifier
{
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}

/// <param name="Intact">True when every record's hash, its link to the one before, the numbering and the head agree.</param>
/// <param name="RecordsChecked">How many records were read, chained or not.</param>
/// <param name="HeadSequence">The newest record the chain head names.</param>
/// <param name="FirstBrokenSequence">Where the chain first fails, if it does.</param>
/// <param name="Problem">What is wrong there, in the caller's language.</param>
/// <param name="CheckedAt">When the check ran (China time).</param>
/// <param name="AwaitingChain">Records written with a valid seal of their own that the sealer has not chained yet (normally for under a second).</param>
public sealed record AuditVerification(bool Intact, long RecordsChecked, long HeadSequence, long? FirstBrokenSequence, string? Problem, DateTimeOffset CheckedAt, long AwaitingChain = 0);
