using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Audit.GetApplicationAudit;

/// <summary>The audit records about one application, oldest first; supervisors of its region only.</summary>
[Authorize(Role.Supervisor)]
public sealed record GetApplicationAuditQuery(Guid ApplicationId) : IQuery<IReadOnlyList<AuditRecordDto>>;

/// <summary>One audit record; <c>Sequence</c>, its place in the chain, is null between its write and the sealer's pass.</summary>
public sealed record AuditRecordDto(
    long? Sequence, DateTimeOffset OccurredAt, Guid? ActorId, string ActorRole, string Action, string Outcome, string? ClientAddress, string? Detail);

internal sealed class GetApplicationAuditQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<GetApplicationAuditQuery, IReadOnlyList<AuditRecordDto>>
{
    public async Task<IReadOnlyList<AuditRecordDto>> Handle(GetApplicationAuditQuery request, CancellationToken cancellationToken)
    {
        if (!await db.Applications.VisibleTo(user).AnyAsync(a => a.Id == request.ApplicationId, cancellationToken))
        {
            throw new NotFoundException();
        }

        var id = request.ApplicationId.ToString();
        var records = await db.AuditRecords.AsNoTracking()
            .Where(r => r.ObjectType == AuditObjects.Application && r.ObjectId == id)
            .OrderBy(r => r.OccurredAt).ThenBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
        return records
            .Select(r => new AuditRecordDto(r.Sequence, ChinaTime.ToChinaOffset(r.OccurredAt), r.ActorId, r.ActorRole, r.Action, r.Outcome.ToString(), r.ClientAddress, r.Detail))
            .ToList();
    }
}
