using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications;

/// <summary>
/// Loads the application within the caller's scope (404 outside it), checks the expected version,
/// lets the concrete handler call one domain method, and answers with the new status and version. The
/// unit-of-work behavior saves; the version token makes a concurrent second writer fail with 409. The
/// detail is not built here: before the save it would miss what the step links (ADR 0028).
/// </summary>
internal abstract class ApplicationActionHandler<TCommand>(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<TCommand, ApplicationActionResult>
    where TCommand : IApplicationActionCommand
{
    protected IApplicationDbContext Db { get; } = db;

    protected ICurrentUser User { get; } = user;

    public async Task<ApplicationActionResult> Handle(TCommand request, CancellationToken cancellationToken)
    {
        // Residents act on their own applications and supervisors on their region's (extension
        // decisions and 督办 only: each command's [Authorize] says which role may send it); caseworkers on their queue.
        var scope = User.Role is Role.Resident or Role.Supervisor ? Db.Applications.VisibleTo(User) : Db.Applications.ActionableBy(User);

        // The supervision notes come along so that a decision closes them.
        var application = await scope
            .Include(a => a.History)
            .Include(a => a.SupervisionNotes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)

            ?? throw new NotFoundException();

        // The appeals only where an action reads them (ADR 0042): tracked, they join the case's collection.
        if (ReliefApplication.ActsOnAppeals(application.Status))
        {
            await Db.Appeals.Where(p => p.ApplicationId == application.Id).LoadAsync(cancellationToken);
        }

        if (request.ExpectedVersion is { } expected && expected != application.Version)
        {
            throw ConcurrencyConflict.Create();
        }

        var actor = User.ToActor();
        await ApplyAsync(application, request, actor, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new ApplicationActionResult(
            application.Id, application.TrackingNumber, application.Status.ToString(), application.Version, application.AllowedActionsFor(actor).OfCallersRole(User));
    }

    protected abstract Task ApplyAsync(ReliefApplication application, TCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken);
}
