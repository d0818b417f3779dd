namespace ReliefPlatform.Infrastructure.Persistence.Audit;

/// <summary>
/// The one row that names the newest sealed record. Appending locks it first, so concurrent
/// transactions extend the chain one after another; the verifier compares the last record with it,
/// so records cut from the end are found too.
/// </summary>
internal sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long Sequence { get; set; }

    public string Hash { get; set; } = string.Empty;
}
