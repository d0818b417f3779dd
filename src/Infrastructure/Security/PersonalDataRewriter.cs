using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Security.ProtectPersonalData;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Infrastructure.Persistence;
using ReliefPlatform.Infrastructure.Persistence.Configurations;
using ReliefPlatform.Infrastructure.Persistence.Sql;

namespace ReliefPlatform.Infrastructure.Security;

/// <summary>
/// Finds rows with a personal value not under the current key (by the key id at the start of the stored
/// text, in SQL) or without a blind index, loads them, marks their personal columns changed so the
/// converters encrypt them again under the current key, fills the indexes, and saves, a batch at a time.
/// </summary>
internal sealed class PersonalDataRewriter(ReliefDbContext db, IUnitOfWork unitOfWork, SqlDialect sql, PersonalDataProtector protector, IPersonalDataIndex index) : IPersonalDataRewriter
{
    public async Task<ProtectPersonalDataResult> RewriteAsync(int batchSize, CancellationToken cancellationToken)
    {
        var rewritten = 0;
        foreach (var group in PersonalDataColumns.All.GroupBy(c => c.Entity))
        {
            var entity = db.Model.FindEntityType(group.Key)!;
            var table = entity.GetTableName()!;
            var unindexed = group.Key == typeof(ReliefApplication) ? nameof(ReliefApplication.ApplicantIdIndex)
                : group.Key == typeof(ResidentAccount) ? nameof(ResidentAccount.PhoneIndex)
                : null;
            var stale = FormattableStringFactory.Create(
                sql.StalePersonalDataIds(table, [.. group.Select(c => c.Property)], unindexed), protector.CurrentPrefix + "%", batchSize);
            while (true)
            {
                var ids = await db.Database.SqlQuery<Guid>(stale).ToListAsync(cancellationToken);
                if (ids.Count == 0)
                {
                    break;
                }

                var rows = await LoadAsync(group.Key, ids, cancellationToken);
                foreach (var row in rows)
                {
                    Index(row);
                    foreach (var (_, property) in group)
                    {
                        db.Entry(row).Property(property).IsModified = true;
                    }
                }

                await unitOfWork.SaveAsync(cancellationToken);
                db.ChangeTracker.Clear();
                rewritten += rows.Count;
                if (rows.Count < ids.Count)
                {
                    break;
                }
            }
        }

        return new ProtectPersonalDataResult(protector.CurrentKeyId, rewritten);
    }

    private async Task<List<object>> LoadAsync(Type type, List<Guid> ids, CancellationToken cancellationToken)
    {
        var method = typeof(PersonalDataRewriter).GetMethod(nameof(LoadTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type);
        return await (Task<List<object>>)method.Invoke(this, [ids, cancellationToken])!;
    }

    private async Task<List<object>> LoadTypedAsync<T>(List<Guid> ids, CancellationToken cancellationToken)
        where T : class =>
        (await IdSlices.ToListAsync(ids, slice => db.Set<T>().Where(e => slice.Contains(EF.Property<Guid>(e, "Id"))), cancellationToken)).Cast<object>().ToList();

    private void Index(object row)
    {
        switch (row)
        {
            case ReliefApplication { ApplicantIdIndex: null } application:
                application.IndexApplicant(index.OfIdNumber(application.ApplicantIdNumber));
                break;
            case ResidentAccount { PhoneIndex: null } resident:
                resident.IndexPhone(index.OfPhone(resident.Phone));
                break;
        }
    }
}
