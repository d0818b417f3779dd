using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Domain.Audit;

namespace ReliefPlatform.Infrastructure.Persistence.Audit;

/// <summary>
/// Seals audit records into a hash chain. The hash is an HMAC under a server key, so whoever can edit
/// the database but does not hold the key cannot recompute the chain after changing a row.
/// </summary>
public sealed class AuditChain(byte[] key)
{
    public static readonly string Genesis = new('0', AuditRecord.HashLength);

    public string HashOf(AuditRecord record, long sequence, string previousHash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(AuditRecord.CanonicalText(record, sequence, previousHash))));

    /// <summary>Locks the head, numbers and hashes <paramref name="pending"/> in order, and moves the head. Call inside the saving transaction.</summary>
    internal async Task SealAsync(ReliefDbContext db, IReadOnlyList<AuditRecord> pending, CancellationToken cancellationToken)
    {
        // A write first: on PostgreSQL it takes the head row's lock, on SQLite the database's write lock.
        await db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken);
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);

        var (sequence, hash) = (head.Sequence, head.Hash);
        foreach (var record in pending)
        {
            var next = HashOf(record, sequence + 1, hash);
            record.Seal(sequence + 1, hash, next);
            (sequence, hash) = (sequence + 1, next);
        }

        await db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash), cancellationToken);
    }
}
