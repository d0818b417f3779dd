using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using ReliefPlatform.Domain.Audit;

namespace ReliefPlatform.Infrastructure.Persistence.Audit;

/// <summary>
/// The keys of the audit trail. The hashes are HMACs under a server key, so whoever can edit the
/// database but does not hold the key can neither recompute the chain after changing a row nor write a
/// record of their own that passes. Also the signal by which a save tells the sealer there is work.
/// </summary>
public sealed class AuditChain(byte[] key)
{
    public static readonly string Genesis = new('0', AuditRecord.HashLength);

    // One slot: however many saves signal while the sealer works, it makes one more pass.
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public string HashOf(AuditRecord record, long sequence, string previousHash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(AuditRecord.CanonicalText(record, sequence, previousHash))));

    /// <summary>The seal a record is written with: its own hash, at position 0 after no record.</summary>
    public string OwnHashOf(AuditRecord record) => HashOf(record, 0, string.Empty);

    public bool HasItsOwnSeal(AuditRecord record) =>
        record.Sequence is null && record.PreviousHash.Length == 0 && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(record.Hash), Encoding.ASCII.GetBytes(OwnHashOf(record)));

    internal void Stamp(IEnumerable<AuditRecord> records)
    {
        foreach (var record in records)
        {
            record.Stamp(OwnHashOf(record));
        }
    }

    /// <summary>Called after a save that wrote records.</summary>
    internal void SignalPending() => _pending.Writer.TryWrite(true);

    internal async Task WaitForPendingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _pending.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The time is up: a pass for records whose node stopped before it chained them.
        }
    }
}
