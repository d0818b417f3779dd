using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Audit;

internal sealed class AuditTrail(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IServiceScopeFactory scopes) : IAuditTrail
{
    public const string Anonymous = nameof(Anonymous);

    public void Record(AuditEntry entry) => db.AuditRecords.Add(ToRecord(entry));

    public async Task RecordNowAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var record = ToRecord(entry);
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        own.AuditRecords.Add(record);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveAsync(cancellationToken);
    }

    private AuditRecord ToRecord(AuditEntry entry) => new(
        clock.GetUtcNow().UtcDateTime,
        entry.ActorId ?? user.Id,
        (entry.ActorRole ?? user.Role ?? (user.ClientAddress is null ? Role.System : null))?.ToString() ?? Anonymous,
        entry.Action,
        entry.ObjectType,
        entry.ObjectId,
        entry.Outcome,
        user.ClientAddress,
        // Details are written by code, but some carry a caller's words (a reveal reason): masked here, once, for all.
        entry.Detail is null ? null : PersonalDataRedactor.Redact(entry.Detail));
}
