using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Audit;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Infrastructure.Persistence.Audit;

/// <summary>
/// Reads the chain in order, a page at a time, up to the head read first (the sealer may extend it
/// meanwhile), and checks that the numbers run 1, 2, 3 … without a gap, each record links to the hash
/// of the one before, each hash is right for the record's fields, and the last record is the one the
/// head names. Then every record not yet chained must carry its own valid seal.
/// </summary>
internal sealed class AuditChainVerifier(ReliefDbContext db, AuditChain chain, TimeProvider clock) : IAuditVerifier
{
    private const int PageSize = 2_000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var (expectedSequence, previousHash, checkedCount) = (1L, AuditChain.Genesis, 0L);
        while (true)
        {
            var after = expectedSequence - 1;
            var page = await db.AuditRecords.AsNoTracking()
                .Where(r => r.Sequence > after && r.Sequence <= head.Sequence)
                .OrderBy(r => r.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var record in page)
            {
                checkedCount++;
                if (record.Sequence != expectedSequence)
                {
                    return Broken(expectedSequence, Text.Pick($"缺少第 {expectedSequence} 条记录（记录被删除或移动）。", $"Record {expectedSequence} is missing (deleted or moved)."));
                }

                if (record.PreviousHash != previousHash)
                {
                    return Broken(expectedSequence, Text.Pick($"第 {expectedSequence} 条记录与前一条记录的链接不符（记录被删除、插入或重排）。", $"Record {expectedSequence} does not link to the one before it (deleted, inserted or reordered)."));
                }

                if (record.Hash != chain.HashOf(record, expectedSequence, previousHash))
                {
                    return Broken(expectedSequence, Text.Pick($"第 {expectedSequence} 条记录的内容被修改。", $"Record {expectedSequence} was edited."));
                }

                (expectedSequence, previousHash) = (expectedSequence + 1, record.Hash);
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }

        var last = expectedSequence - 1;
        if (last != head.Sequence || previousHash != head.Hash)
        {
            return Broken(Math.Min(last, head.Sequence) + 1, Text.Pick(
                $"链头记为第 {head.Sequence} 条，实际最后一条是第 {last} 条（末尾记录被删除或链头被改动）。",
                $"The head names record {head.Sequence} but the last record is {last} (records cut from the end, or the head edited)."));
        }

        var awaiting = 0L;
        await foreach (var record in db.AuditRecords.AsNoTracking().Where(r => r.Sequence == null).OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            if (!chain.HasItsOwnSeal(record))
            {
                return Broken(head.Sequence + 1, Text.Pick(
                    $"尚未入链的记录 {record.Id} 与其自身印记不符（被修改，或未持密钥写入）。",
                    $"Record {record.Id}, not yet chained, does not match its own seal (edited, or written without the key)."));
            }

            awaiting++;
        }

        return new AuditVerification(true, checkedCount, head.Sequence, null, null, ChinaTime.ToChinaOffset(clock.GetUtcNow().UtcDateTime), awaiting);

        AuditVerification Broken(long sequence, string problem) =>
            new(false, checkedCount, head.Sequence, sequence, problem, ChinaTime.ToChinaOffset(clock.GetUtcNow().UtcDateTime));
    }
}
