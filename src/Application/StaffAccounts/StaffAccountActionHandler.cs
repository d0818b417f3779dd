using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts;

/// <summary>
/// Loads the account (404 when there is none), lets the concrete handler call one domain method, ends the
/// account's sessions when the change makes them stale, returns the cases it held to the shared queue when
/// it can no longer work them, and audits the change under the administrator's name.
/// </summary>
internal abstract class StaffAccountActionHandler<TCommand>(IApplicationDbContext db, IAuditTrail audit, SessionService sessions, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<TCommand, StaffUserDto>
    where TCommand : IStaffAccountCommand
{
    /// <summary>The administrator making the change.</summary>
    protected ICurrentUser Caller { get; } = caller;

    public async Task<StaffUserDto> Handle(TCommand request, CancellationToken cancellationToken)
    {
        var account = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == request.Id, cancellationToken) ?? throw new NotFoundException();
        var change = Apply(account, request);
        if (change.EndsSessions is { } because)
        {
            await sessions.RevokeAllAsync(account.Id, because, cancellationToken);
        }

        // Disabled, or moved to another queue: what the account held would otherwise stay out of everyone's reach.
        if (change.EndsSessions is SessionEnd.AccountDisabled or SessionEnd.Rescoped)
        {
            var held = await db.Applications
                .Where(a => a.Holder!.StaffId == account.Id && ApplicationLifecycle.Open.Contains(a.Status))
                .Include(a => a.History)
                .ToListAsync(cancellationToken);
            foreach (var application in held)
            {
                application.ReturnToQueue(Caller.ToActor(), clock.GetUtcNow().UtcDateTime, $"{account.DisplayName} ({account.Username})");
            }
        }

        audit.Record(new AuditEntry(change.Action, AuditObjects.StaffUser, account.Id.ToString(), Detail: change.Detail));
        return StaffUserDto.From(account, clock.GetUtcNow().UtcDateTime);
    }

    protected abstract StaffAccountChange Apply(StaffUser account, TCommand request);
}

/// <summary>What a change is audited as, and whether it ends the account's sessions (and why).</summary>
internal sealed record StaffAccountChange(string Action, string? Detail = null, SessionEnd? EndsSessions = null);
