using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts;

/// <summary>
/// Loads the account (404 when there is none), lets the concrete handler call one domain method, ends the
/// account's sessions when the change makes them stale, and audits the change under the administrator's name.
/// </summary>
internal abstract class StaffAccountActionHandler<TCommand>(IApplicationDbContext db, IAuditTrail audit, SessionService sessions, TimeProvider clock)
    : IRequestHandler<TCommand, StaffUserDto>
    where TCommand : IStaffAccountCommand
{
    public async Task<StaffUserDto> Handle(TCommand request, CancellationToken cancellationToken)
    {
        var account = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == request.Id, cancellationToken) ?? throw new NotFoundException();
        var change = Apply(account, request);
        if (change.EndsSessions is { } because)
        {
            await sessions.RevokeAllAsync(account.Id, because, cancellationToken);
        }

        audit.Record(new AuditEntry(change.Action, AuditObjects.StaffUser, account.Id.ToString(), Detail: change.Detail));
        return StaffUserDto.From(account, clock.GetUtcNow().UtcDateTime);
    }

    protected abstract StaffAccountChange Apply(StaffUser account, TCommand request);
}

/// <summary>What a change is audited as, and whether it ends the account's sessions (and why).</summary>
internal sealed record StaffAccountChange(string Action, string? Detail = null, SessionEnd? EndsSessions = null);
